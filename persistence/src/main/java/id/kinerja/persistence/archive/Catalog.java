package id.kinerja.persistence.archive;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of this database as its JDBC metadata describes them, in an order where every table comes after
 * the tables it refers to. References of a table to itself (a unit's parent, a correction's predecessor) are
 * kept apart: their rows are ordered while copying, not by the table order.
 */
record Catalog(String schema, boolean postgresql, List<Table> tables, String schemaVersion) {
    /** Flyway's own bookkeeping: it describes the schema, it is not data, and each instance keeps its own. */
    static final String FLYWAY_HISTORY = "flyway_schema_history";
    /**
     * The end of the audit hash chain: each instance keeps its own, since an archive's lines are sealed anew
     * after the target's own lines (ADR 0016, ADR 0018).
     */
    static final String AUDIT_CHAIN_HEAD = "audit_chain_head";
    /** Failed sign-ins counted per name and address: a restored instance starts without waits. */
    static final String SIGN_IN_THROTTLE = "sign_in_throttle";
    /**
     * Tables of one instance's own state rather than registry data: neither exported nor counted as data on
     * import. A table that only remembers sign-in attempts or revoked tokens belongs here.
     */
    static final Set<String> INSTANCE_STATE = Set.of(FLYWAY_HISTORY, SIGN_IN_THROTTLE, AUDIT_CHAIN_HEAD);
    /** Kept on the target (it is append-only) and appended to. */
    static final String AUDIT_TABLE = "audit_entry";

    /** The accounts; a fresh start opens its first administrator here. */
    static final String ACCOUNT_TABLE = "app_user";
    /** The root of the registry: decrees, plans, surveys and realizations all hang from a unit. */
    static final String UNIT_TABLE = "organization_unit";

    /** A table: its columns in order, primary key, references to other tables and to itself, identity column. */
    record Table(
            String name,
            List<Column> columns,
            List<String> primaryKey,
            Set<String> referencedTables,
            Map<String, String> selfReferences,
            Optional<Identity> identity) {
        Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        }

        boolean orderedWhileCopying() {
            return !selfReferences.isEmpty() && primaryKey.size() == 1;
        }
    }

    record Column(String name, ColumnCodec.Kind kind, int sqlType) {}

    record Identity(String column, boolean always) {}

    static Catalog read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        boolean postgresql =
                meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        Set<String> names = new TreeSet<>();
        try (ResultSet found = meta.getTables(null, schema, "%", null)) {
            while (found.next()) {
                String type = found.getString("TABLE_TYPE");
                String name = found.getString("TABLE_NAME");
                if (("TABLE".equals(type) || "BASE TABLE".equals(type))
                        && !INSTANCE_STATE.contains(name.toLowerCase(Locale.ROOT))) {
                    names.add(name);
                }
            }
        }
        Map<String, Identity> identities = identities(connection, schema);
        Map<String, Table> byName = new TreeMap<>();
        for (String name : names) {
            byName.put(name, table(connection, meta, schema, name, identities.get(name)));
        }
        return new Catalog(schema, postgresql, order(byName), schemaVersion(connection));
    }

    Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static Table table(
            Connection connection, DatabaseMetaData meta, String schema, String name, Identity identity)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet empty = statement.executeQuery("SELECT * FROM " + quote(name) + " WHERE 1 = 0")) {
            ResultSetMetaData shape = empty.getMetaData();
            for (int i = 1; i <= shape.getColumnCount(); i++) {
                columns.add(new Column(
                        shape.getColumnName(i),
                        ColumnCodec.Kind.of(shape.getColumnType(i), shape.getColumnTypeName(i)),
                        shape.getColumnType(i)));
            }
        }
        Map<Short, String> keyColumns = new TreeMap<>();
        try (ResultSet keys = meta.getPrimaryKeys(null, schema, name)) {
            while (keys.next()) {
                keyColumns.put(keys.getShort("KEY_SEQ"), keys.getString("COLUMN_NAME"));
            }
        }
        List<String> primaryKey = new ArrayList<>(keyColumns.values());
        Set<String> referenced = new TreeSet<>();
        Map<String, List<String[]>> foreignKeys = new LinkedHashMap<>();
        try (ResultSet imported = meta.getImportedKeys(null, schema, name)) {
            while (imported.next()) {
                String target = imported.getString("PKTABLE_NAME");
                if (!target.equals(name)) {
                    referenced.add(target);
                } else {
                    foreignKeys
                            .computeIfAbsent(imported.getString("FK_NAME"), k -> new ArrayList<>())
                            .add(new String[] {imported.getString("FKCOLUMN_NAME"), imported.getString("PKCOLUMN_NAME")
                            });
                }
            }
        }
        Map<String, String> selfReferences = new LinkedHashMap<>();
        foreignKeys.values().stream()
                .filter(columnsOfKey -> columnsOfKey.size() == 1
                        && List.of(columnsOfKey.get(0)[1]).equals(primaryKey))
                .forEach(columnsOfKey ->
                        selfReferences.put(columnsOfKey.get(0)[0], columnsOfKey.get(0)[1]));
        return new Table(
                name,
                List.copyOf(columns),
                List.copyOf(primaryKey),
                referenced,
                selfReferences,
                Optional.ofNullable(identity));
    }

    private static Map<String, Identity> identities(Connection connection, String schema) throws SQLException {
        Map<String, Identity> identities = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT table_name, column_name, identity_generation FROM information_schema.columns"
                        + " WHERE table_schema = ? AND is_identity = 'YES'")) {
            query.setString(1, schema);
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    identities.put(
                            found.getString(1),
                            new Identity(found.getString(2), "ALWAYS".equalsIgnoreCase(found.getString(3))));
                }
            }
        }
        return identities;
    }

    /** Every table after the tables it refers to; among equals, by name, so that archives compare. */
    private static List<Table> order(Map<String, Table> byName) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        while (placed.size() < byName.size()) {
            Table next = byName.values().stream()
                    .filter(t -> !placed.contains(t.name()))
                    .filter(t ->
                            t.referencedTables().stream().allMatch(r -> placed.contains(r) || !byName.containsKey(r)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "the tables refer to each other in a circle: " + byName.keySet()));
            ordered.add(next);
            placed.add(next.name());
        }
        return List.copyOf(ordered);
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("SELECT version FROM " + FLYWAY_HISTORY
                        + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC")) {
            return found.next() ? found.getString(1) : "";
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
