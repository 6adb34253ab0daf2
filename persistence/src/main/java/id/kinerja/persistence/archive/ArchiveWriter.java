package id.kinerja.persistence.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.domain.archive.ArchiveSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Streams every table, row by row, into the archive; memory does not grow with the tables. */
final class ArchiveWriter {
    private static final int FETCH_SIZE = 500;

    private ArchiveWriter() {}

    static ArchiveSummary write(Connection connection, OutputStream out, String kinerjaVersion, Instant createdAt)
            throws SQLException, IOException {
        Catalog catalog = Catalog.read(connection);
        ZipOutputStream zip = new ZipOutputStream(ArchiveFormat.keptOpen(out));
        ObjectNode manifest = ArchiveFormat.JSON.createObjectNode();
        manifest.put("format", ArchiveFormat.FORMAT);
        manifest.put("formatVersion", ArchiveFormat.VERSION);
        manifest.put("kinerjaVersion", kinerjaVersion);
        manifest.put("schemaVersion", catalog.schemaVersion());
        manifest.put("createdAt", createdAt.toString());
        manifest.put(
                "database",
                connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion());
        ArrayNode tables = manifest.putArray("tables");
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Catalog.Table table : catalog.tables()) {
            zip.putNextEntry(new ZipEntry(ArchiveFormat.entryOf(table.name())));
            MessageDigest sha256 = sha256();
            long count = writeRows(connection, table, new DigestOutputStream(ArchiveFormat.keptOpen(zip), sha256));
            zip.closeEntry();
            rows.put(table.name(), count);
            ObjectNode entry = tables.addObject();
            entry.put("name", table.name());
            entry.put("file", ArchiveFormat.entryOf(table.name()));
            entry.put("rows", count);
            entry.put("sha256", HexFormat.of().formatHex(sha256.digest()));
            ArrayNode columns = entry.putArray("columns");
            table.columns().forEach(column -> columns.add(column.name()));
        }
        zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
        ArchiveFormat.JSON.writerWithDefaultPrettyPrinter().writeValue(ArchiveFormat.keptOpen(zip), manifest);
        zip.closeEntry();
        zip.finish();
        zip.flush();
        return new ArchiveSummary(catalog.schemaVersion(), kinerjaVersion, createdAt, rows);
    }

    private static long writeRows(Connection connection, Catalog.Table table, OutputStream out)
            throws SQLException, IOException {
        // the audit trail in the order of its hash chain, so that an import can check and continue it line by line
        String orderBy = table.name().equals(Catalog.AUDIT_TABLE)
                ? " ORDER BY chain_position"
                : table.primaryKey().isEmpty()
                        ? ""
                        : " ORDER BY "
                                + table.primaryKey().stream()
                                        .map(Catalog::quote)
                                        .collect(Collectors.joining(", "));
        long count = 0;
        try (JsonGenerator json = ArchiveFormat.JSON.getFactory().createGenerator(out);
                Statement statement = connection.createStatement()) {
            json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet row = statement.executeQuery("SELECT * FROM " + Catalog.quote(table.name()) + orderBy)) {
                while (row.next()) {
                    json.writeStartObject();
                    for (int i = 0; i < table.columns().size(); i++) {
                        Catalog.Column column = table.columns().get(i);
                        json.writeFieldName(column.name());
                        ColumnCodec.write(json, ColumnCodec.read(row, i + 1, column.kind()));
                    }
                    json.writeEndObject();
                    count++;
                }
            }
            json.writeRaw('\n');
        }
        return count;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
