package id.kinerja.domain.survey;

import java.util.List;

/**
 * A file of survey responses, read once from start to end: its reader hands over the header row, then
 * each row as it comes, so that a file of any size passes in constant memory. Readers for CSV and XLSX
 * live in the adapters; a reader that meets a file it cannot read throws a
 * {@link id.kinerja.domain.shared.RefusedFile} naming the line.
 */
public interface ResponseFile {
    void readInto(RowHandler handler);

    /**
     * The SHA-256 of the file's bytes in hexadecimal, once {@link #readInto} has read it whole; empty when the
     * source is not a file (responses entered one by one) or was not read to its end.
     */
    default java.util.Optional<String> sha256() {
        return java.util.Optional.empty();
    }

    /** Receives the rows of a file in order. */
    interface RowHandler {
        void header(List<String> names);

        void row(Row row);
    }

    /**
     * One data row.
     *
     * @param line the row's number in the file, counting the header as 1
     */
    record Row(long line, List<String> cells) {
        public Row {
            cells = java.util.Collections.unmodifiableList(cells);
        }

        public String cell(int column) {
            String value = column < cells.size() ? cells.get(column) : null;
            return value == null ? "" : value;
        }
    }
}
