package id.kinerja.web.fuzz;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cheap picture of what the database holds: the row count of every table the application owns (found from
 * the JDBC metadata, so a new table is covered without a word here) and the sum of the versions of those that
 * carry one (so an update of a versioned aggregate shows too), read in one statement. A refused request must
 * leave it unchanged. The audit trail is left out: a refusal is recorded there on purpose.
 */
final class DatabaseFingerprint {
    /**
     * Tables that a refused request writes by design: the audit trail, and the survey import's runs, which keep
     * a refused import's state and first errors so that any node can show them (ADR 0032).
     */
    private static final Set<String> WRITTEN_ON_REFUSAL =
            Set.of("audit_entry", "flyway_schema_history", "survey_import_run", "survey_import_run_error");

    private final Connection connection;
    private final String query;

    /** Reads through its own connection, outside the application's pool and transactions. */
    DatabaseFingerprint(Connection connection) {
        this.connection = connection;
        this.query = buildQuery();
    }

    Map<String, Long> take() {
        Map<String, Long> picture = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                picture.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database's fingerprint", e);
        }
        return picture;
    }

    private String buildQuery() {
        List<String> parts = new ArrayList<>();
        try {
            DatabaseMetaData metadata = connection.getMetaData();
            String schema = connection.getSchema();
            try (ResultSet tables = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                    if (WRITTEN_ON_REFUSAL.contains(table)) {
                        continue;
                    }
                    parts.add("SELECT '" + table + "', COUNT(*) FROM " + table);
                    if (hasColumn(metadata, schema, table, "version")) {
                        parts.add("SELECT '" + table + ".version', COALESCE(SUM(version), 0) FROM " + table);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database's tables", e);
        }
        if (parts.size() < 10) {
            throw new IllegalStateException("the fingerprint found only " + parts);
        }
        return String.join(" UNION ALL ", parts);
    }

    private static boolean hasColumn(DatabaseMetaData metadata, String schema, String table, String column)
            throws SQLException {
        try (ResultSet columns = metadata.getColumns(null, schema, table, column)) {
            return columns.next();
        }
    }
}
