package id.kinerja.persistence.shared;

import id.kinerja.domain.shared.StartupClaims;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;

/**
 * A claim is a row keyed by the task. {@code ON CONFLICT DO NOTHING} (PostgreSQL, and H2 in its PostgreSQL
 * mode) waits for a concurrent uncommitted insert of the same key and then inserts nothing, so exactly one
 * transaction gets the row without any of them failing (ADR 0017).
 */
@Singleton
class JdbcStartupClaims implements StartupClaims {
    private final SqlStatements sql;

    JdbcStartupClaims(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public boolean claim(String task) {
        return sql.write(connection -> {
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO startup_claim (task) VALUES (?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, task);
                return insert.executeUpdate() == 1;
            }
        });
    }
}
