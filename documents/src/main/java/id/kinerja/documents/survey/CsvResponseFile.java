package id.kinerja.documents.survey;

import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.survey.ResponseFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV response file read as a stream with Apache Commons CSV: UTF-8 with or without a byte-order mark,
 * the delimiter ({@code ;} as Excel writes it in the Indonesian locale, or {@code ,}) found in the header
 * row, quoted fields holding delimiters, quotes and line breaks. Rows are counted as a spreadsheet counts
 * them, the header being row 1; blank rows are skipped.
 */
public final class CsvResponseFile implements ResponseFile {
    private static final int HEADER_LOOKAHEAD = 64 * 1024;

    private final java.security.DigestInputStream input;
    private String sha256;

    public CsvResponseFile(InputStream input) {
        this.input = new java.security.DigestInputStream(input, Checksums.sha256());
    }

    /** Computed from the bytes as they stream past the parser; present once the file was read to its end. */
    @Override
    public java.util.Optional<String> sha256() {
        return java.util.Optional.ofNullable(sha256);
    }

    @Override
    public void readInto(RowHandler handler) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), HEADER_LOOKAHEAD)) {
            skipByteOrderMark(reader);
            char delimiter = delimiterOf(reader);
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .get();
            long row = 0;
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                for (CSVRecord record : parser) {
                    row++;
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    if (row == 1) {
                        handler.header(cells);
                    } else if (!cells.stream().allMatch(String::isBlank)) {
                        handler.row(new Row(row, cells));
                    }
                }
                input.transferTo(OutputStream.nullOutputStream());
                sha256 = java.util.HexFormat.of()
                        .formatHex(input.getMessageDigest().digest());
            } catch (UncheckedIOException | IllegalStateException e) {
                throw malformed(row + 1, e);
            }
        } catch (IOException e) {
            throw malformed(0, e);
        }
    }

    /**
     * The row where reading stopped and why, in the reader's words: the parser's own text is English and
     * technical ("EOF reached before encapsulated token finished"), so the reason is a short phrase of our own
     * that the Indonesian bundle translates ({@code thing.…}).
     */
    private static RefusedFile malformed(long row, Exception error) {
        String reason = "unclosed quote or broken line";
        return new RefusedFile(
                List.of(new RefusedFile.FileError(
                        row,
                        null,
                        "file.malformed-csv",
                        List.of(reason),
                        "the CSV cannot be read here: " + error.getMessage())),
                1);
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** The delimiter is whichever of ';' and ',' occurs more often outside quotes in the header row. */
    private static char delimiterOf(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD);
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int read = 0, c = reader.read(); c != -1 && read < HEADER_LOOKAHEAD - 1; c = reader.read(), read++) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        reader.reset();
        return commas > semicolons ? ',' : ';';
    }
}
