package id.kinerja.persistence.archive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * After rows were copied with their own identity values, the next value each identity column hands out
 * must lie beyond them, or the next insert would collide.
 */
final class IdentitySequences {
    private IdentitySequences() {}

    static void restart(Connection connection, Catalog catalog) throws SQLException {
        for (Catalog.Table table : catalog.tables()) {
            if (table.identity().isEmpty()) {
                continue;
            }
            String column = table.identity().get().column();
            long next = nextValue(connection, table.name(), column);
            try (Statement statement = connection.createStatement()) {
                if (catalog.postgresql()) {
                    statement.execute("SELECT setval(pg_get_serial_sequence('" + Catalog.quote(table.name()) + "', '"
                            + column + "'), " + next + ", false)");
                } else {
                    // H2 restarts an identity by DDL; it is the import's last statement.
                    statement.execute("ALTER TABLE " + Catalog.quote(table.name()) + " ALTER COLUMN "
                            + Catalog.quote(column) + " RESTART WITH " + next);
                }
            }
        }
    }

    private static long nextValue(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery(
                        "SELECT COALESCE(MAX(" + Catalog.quote(column) + "), 0) + 1 FROM " + Catalog.quote(table))) {
            found.next();
            return found.getLong(1);
        }
    }
}
