package id.kinerja.domain.survey;

import java.util.Iterator;
import java.util.List;

/**
 * A file of survey responses as its reader delivers it: the header row, then the rows one at a time, so
 * that a file of any size passes through in constant memory. Readers for CSV and XLSX live in the adapters.
 */
public interface ResponseFile {
    List<String> header();

    Iterator<Row> rows();

    /**
     * One data row.
     *
     * @param line the row's number in the file, counting the header as 1
     */
    record Row(long line, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
