package id.kinerja.persistence.user;

import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.UserId;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.OptionalLong;

/** The session number as a column of {@code app_user}, moved on in place so that no update is lost. */
@Singleton
class JdbcSessionVersions implements SessionVersions {
    private final SqlStatements sql;

    JdbcSessionVersions(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public OptionalLong currentOfActive(UserId user) {
        return sql.query("SELECT session_version FROM app_user WHERE id = ? AND active", statement -> {
            statement.setObject(1, user.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        });
    }

    @Override
    public void endAll(UserId user) {
        sql.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE app_user SET session_version = session_version + 1 WHERE id = ?")) {
                update.setObject(1, user.value());
                return update.executeUpdate();
            }
        });
    }
}
