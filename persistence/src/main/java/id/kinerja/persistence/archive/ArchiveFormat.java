package id.kinerja.persistence.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The layout of a Kinerja archive (a ZIP): {@code tables/<table>.jsonl}, one JSON object per row and line,
 * in the order the tables are restored, then {@code manifest.json} naming the format, the Kinerja and schema
 * versions, when it was made, and per table its columns, rows and the SHA-256 of its entry.
 */
final class ArchiveFormat {
    static final String FORMAT = "kinerja-archive";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ArchiveFormat() {}

    static String entryOf(String table) {
        return "tables/" + table + ".jsonl";
    }

    /** Lets a JSON writer finish without closing the ZIP entry it writes into. */
    static OutputStream keptOpen(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
