package id.kinerja.persistence.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import id.kinerja.domain.archive.ArchiveSummary;
import id.kinerja.domain.audit.AuditChain;
import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.persistence.audit.AuditRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads an archive back: first checks it whole (format, schema version, the tables, every entry's SHA-256)
 * and that this instance holds nothing a fresh start would not, then replaces the fresh start's rows with the
 * archive's, table by table in the catalog's order, inside the caller's transaction.
 */
final class ArchiveReader {
    /** A table of a fresh start with more rows than this is not a fresh start's. */
    private static final int MOST_SEEDED_ROWS = 10_000;

    private final Connection connection;
    private final ZipFile zip;
    private final Catalog catalog;
    private final JsonNode manifest;
    private final Map<String, JsonNode> entries = new LinkedHashMap<>();

    private ArchiveReader(Connection connection, ZipFile zip) throws SQLException {
        this.connection = connection;
        this.zip = zip;
        this.catalog = Catalog.read(connection);
        this.manifest = manifest(zip);
    }

    static ArchiveSummary restore(Connection connection, ZipFile zip) throws SQLException {
        ArchiveReader reader = new ArchiveReader(connection, zip);
        reader.checkWhole();
        reader.checkFreshStart();
        return reader.copy();
    }

    private static JsonNode manifest(ZipFile zip) {
        ZipEntry entry = zip.getEntry(ArchiveFormat.MANIFEST);
        if (entry == null) {
            throw unreadable(ArchiveFormat.MANIFEST);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            JsonNode manifest = ArchiveFormat.JSON.readTree(in);
            if (manifest == null || !manifest.isObject()) {
                throw unreadable(ArchiveFormat.MANIFEST);
            }
            return manifest;
        } catch (IOException e) {
            throw unreadable(ArchiveFormat.MANIFEST);
        }
    }

    private void checkWhole() {
        if (!ArchiveFormat.FORMAT.equals(manifest.path("format").asText())
                || manifest.path("formatVersion").asInt(-1) != ArchiveFormat.VERSION) {
            throw new InvalidValue(
                    "archive.format-version",
                    "file",
                    "this is not a Kinerja archive of format version " + ArchiveFormat.VERSION,
                    manifest.path("formatVersion").asText("?"),
                    ArchiveFormat.VERSION);
        }
        String schemaVersion = manifest.path("schemaVersion").asText();
        if (!schemaVersion.equals(catalog.schemaVersion())) {
            throw new InvalidValue(
                    "archive.schema-version",
                    "file",
                    "the archive has schema version " + schemaVersion + ", this instance " + catalog.schemaVersion(),
                    schemaVersion,
                    catalog.schemaVersion());
        }
        for (JsonNode table : manifest.path("tables")) {
            entries.put(table.path("name").asText(), table);
        }
        Set<String> expected = new TreeSet<>();
        catalog.tables().forEach(table -> expected.add(table.name()));
        if (!expected.equals(new TreeSet<>(entries.keySet()))) {
            throw unreadable(ArchiveFormat.MANIFEST);
        }
        for (Catalog.Table table : catalog.tables()) {
            JsonNode entry = entries.get(table.name());
            List<String> columns = new ArrayList<>();
            entry.path("columns").forEach(column -> columns.add(column.asText()));
            if (!columns.equals(
                    table.columns().stream().map(Catalog.Column::name).toList())) {
                throw unreadable(ArchiveFormat.MANIFEST);
            }
            String sha256 = digestOf(table.name());
            if (!sha256.equals(entry.path("sha256").asText())) {
                throw new InvalidValue(
                        "archive.checksum-mismatch",
                        "file",
                        "the SHA-256 of " + ArchiveFormat.entryOf(table.name()) + " is not the manifest's",
                        ArchiveFormat.entryOf(table.name()));
            }
        }
    }

    private String digestOf(String table) {
        MessageDigest sha256 = ArchiveWriter.sha256();
        try (InputStream in = open(table)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw unreadable(ArchiveFormat.entryOf(table));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private InputStream open(String table) throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveFormat.entryOf(table));
        if (entry == null) {
            throw unreadable(ArchiveFormat.entryOf(table));
        }
        return zip.getInputStream(entry);
    }

    /**
     * A fresh start makes the first administrator (with its roles) and the rows the migrations seed (the
     * rating scales, recognised by their keys being in the archive too); its audit trail may hold a few lines
     * (refused requests before the import). It has no organization unit, the root every part of the registry
     * hangs from — which also keeps an instance from taking its own archive back as "seeded" rows. Anything
     * else is data this import would overwrite, so the instance is refused.
     */
    private void checkFreshStart() throws SQLException {
        for (Catalog.Table table : catalog.tables()) {
            if (table.name().equals(Catalog.AUDIT_TABLE)) {
                continue;
            }
            long rows = count(table.name());
            boolean fresh;
            if (rows == 0) {
                fresh = true;
            } else if (table.name().equals(Catalog.ACCOUNT_TABLE)) {
                fresh = rows <= 1;
            } else if (table.name().equals(Catalog.UNIT_TABLE)) {
                fresh = false;
            } else if (table.referencedTables().equals(Set.of(Catalog.ACCOUNT_TABLE))) {
                fresh = count(Catalog.ACCOUNT_TABLE) <= 1;
            } else {
                fresh = rows <= MOST_SEEDED_ROWS && allInArchive(table);
            }
            if (!fresh) {
                throw new ConflictingState(
                        "archive.target-not-empty",
                        "file",
                        "this instance already holds data (" + rows + " rows in " + table.name()
                                + "); import into a fresh one started with KINERJA_DEMO_DATA=false",
                        table.name(),
                        rows);
            }
        }
    }

    /** Whether every row of a table here is in the archive too, by its key: rows the migrations seeded. */
    private boolean allInArchive(Catalog.Table table) throws SQLException {
        if (table.primaryKey().isEmpty()) {
            return false;
        }
        Set<List<String>> here = new HashSet<>();
        String keys = String.join(
                ", ", table.primaryKey().stream().map(Catalog::quote).toList());
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT " + keys + " FROM " + Catalog.quote(table.name()))) {
            while (row.next()) {
                List<String> key = new ArrayList<>();
                for (int i = 0; i < table.primaryKey().size(); i++) {
                    Catalog.Column column =
                            table.column(table.primaryKey().get(i)).orElseThrow();
                    Object value = ColumnCodec.read(row, i + 1, column.kind());
                    key.add(value == null ? null : value.toString());
                }
                here.add(key);
            }
        }
        forEachRow(table, line -> here.remove(keyOf(table, line)));
        return here.isEmpty();
    }

    private static List<String> keyOf(Catalog.Table table, JsonNode line) {
        List<String> key = new ArrayList<>();
        table.primaryKey().forEach(column -> key.add(ColumnCodec.text(line.get(column))));
        return key;
    }

    private long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("SELECT COUNT(*) FROM " + Catalog.quote(table))) {
            found.next();
            return found.getLong(1);
        }
    }

    private ArchiveSummary copy() throws SQLException {
        List<Catalog.Table> tables = catalog.tables();
        try (Statement statement = connection.createStatement()) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                String name = tables.get(i).name();
                if (!name.equals(Catalog.AUDIT_TABLE)) {
                    statement.executeUpdate("DELETE FROM " + Catalog.quote(name));
                }
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Catalog.Table table : tables) {
            long copied;
            try {
                copied = table.name().equals(Catalog.AUDIT_TABLE) ? appendAuditTrail(table) : copyRows(table);
            } catch (SQLException e) {
                throw new InvalidValue(
                        "archive.rejected",
                        "file",
                        "the database refused a row of " + table.name() + ": " + e.getMessage(),
                        table.name());
            }
            long promised = entries.get(table.name()).path("rows").asLong(-1);
            if (copied != promised) {
                throw new InvalidValue(
                        "archive.row-count-mismatch",
                        "file",
                        ArchiveFormat.entryOf(table.name()) + " holds " + copied + " rows, the manifest says "
                                + promised,
                        ArchiveFormat.entryOf(table.name()),
                        promised,
                        copied);
            }
            rows.put(table.name(), copied);
        }
        IdentitySequences.restart(connection, catalog);
        return new ArchiveSummary(
                catalog.schemaVersion(),
                manifest.path("kinerjaVersion").asText(),
                Instant.parse(manifest.path("createdAt").asText(Instant.EPOCH.toString())),
                rows);
    }

    private long copyRows(Catalog.Table table) throws SQLException {
        try (TableCopy copy = new TableCopy(connection, table)) {
            forEachRow(table, copy::add);
            return copy.finish();
        }
    }

    /**
     * The archive's audit lines, checked against their own hash chain (a line edited or removed in the archive
     * refuses the whole import), then appended after this instance's lines and sealed into its chain: the target
     * may already hold lines of its own (a refused import, say), which keep their places.
     */
    private long appendAuditTrail(Catalog.Table table) throws SQLException {
        long[] appended = {0};
        String[] previous = {AuditChain.GENESIS};
        forEachRow(table, line -> {
            AuditEntry entry = ImportedAuditLine.of(line);
            AuditEntry.ChainLink link = entry.link();
            if (link == null
                    || link.position() != appended[0] + 1
                    || !link.previousHash().equals(previous[0])
                    || !AuditChain.hashOf(entry, link.position(), link.previousHash())
                            .equals(link.hash())) {
                throw new InvalidValue(
                        "archive.audit-chain-broken",
                        "file",
                        "the archive's audit trail is broken at line " + (appended[0] + 1)
                                + " (edited, removed or out of order); nothing was imported",
                        appended[0] + 1);
            }
            previous[0] = link.hash();
            AuditRows.appendImported(connection, entry);
            appended[0]++;
        });
        return appended[0];
    }

    /** A row handler that may fail in SQL. */
    interface RowHandler {
        void accept(JsonNode row) throws SQLException;
    }

    private void forEachRow(Catalog.Table table, RowHandler handler) throws SQLException {
        try (InputStream in = open(table.name());
                MappingIterator<JsonNode> lines =
                        ArchiveFormat.JSON.readerFor(JsonNode.class).readValues(in)) {
            while (lines.hasNextValue()) {
                JsonNode line = lines.nextValue();
                if (!line.isObject()) {
                    throw unreadable(ArchiveFormat.entryOf(table.name()));
                }
                handler.accept(line);
            }
        } catch (IOException
                | UncheckedIOException
                | IllegalArgumentException
                | ArithmeticException
                | java.time.DateTimeException e) {
            throw unreadable(ArchiveFormat.entryOf(table.name()));
        }
    }

    static InvalidValue unreadable(String entry) {
        return new InvalidValue(
                "archive.unreadable",
                "file",
                "the archive cannot be read at " + entry + "; nothing was imported",
                entry);
    }
}
