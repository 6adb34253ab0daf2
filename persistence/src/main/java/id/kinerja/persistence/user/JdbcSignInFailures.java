package id.kinerja.persistence.user;

import id.kinerja.domain.user.SignInFailures;
import id.kinerja.domain.user.SignInThrottle;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Failed sign-ins as rows of {@code sign_in_throttle}. A failure locks its row ({@code SELECT … FOR UPDATE})
 * before counting, so two nodes counting at once both count. Rows quiet for longer than the rule remembers
 * are removed as failures come in, so that the table holds only what still matters.
 */
@Singleton
class JdbcSignInFailures implements SignInFailures {
    private final SqlStatements sql;

    JdbcSignInFailures(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Instant> lockedUntil(String subject, Instant now) {
        return sql.query(
                "SELECT locked_until FROM sign_in_throttle WHERE subject = ? AND locked_until > ?", statement -> {
                    statement.setString(1, subject);
                    statement.setObject(2, at(now));
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next()
                                ? Optional.of(
                                        rows.getObject(1, OffsetDateTime.class).toInstant())
                                : Optional.<Instant>empty();
                    }
                });
    }

    @Override
    public void recordFailure(String subject, Instant now, SignInThrottle rule) {
        sql.write(connection -> {
            forgetQuiet(connection, kindOf(subject), now.minus(rule.forgetAfter()), now);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sign_in_throttle (subject, failures, last_failure_at) VALUES (?, 0, ?)"
                            + " ON CONFLICT DO NOTHING")) {
                insert.setString(1, subject);
                insert.setObject(2, at(now));
                insert.executeUpdate();
            }
            Optional<SignInThrottle.Failures> before = read(connection, subject);
            SignInThrottle.Failures after = rule.afterFailure(before, now);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sign_in_throttle SET failures = ?, last_failure_at = ?, locked_until = ?"
                            + " WHERE subject = ?")) {
                update.setInt(1, after.count());
                update.setObject(2, at(after.lastFailureAt()));
                update.setObject(
                        3, after.lockedUntil().map(JdbcSignInFailures::at).orElse(null));
                update.setString(4, subject);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void forget(String subject) {
        sql.write(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM sign_in_throttle WHERE subject = ?")) {
                delete.setString(1, subject);
                return delete.executeUpdate();
            }
        });
    }

    /** The row as it stands, locked until this transaction ends; a fresh row (no failure yet) reads as none. */
    private static Optional<SignInThrottle.Failures> read(Connection connection, String subject) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT failures, last_failure_at, locked_until FROM sign_in_throttle WHERE subject = ? FOR UPDATE")) {
            select.setString(1, subject);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next() || rows.getInt(1) == 0) {
                    return Optional.empty();
                }
                return Optional.of(new SignInThrottle.Failures(
                        rows.getInt(1),
                        rows.getObject(2, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rows.getObject(3, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)));
            }
        }
    }

    /** Removes the rows of this kind (names or addresses, each with its own rule) that no longer matter. */
    private static void forgetQuiet(Connection connection, String kind, Instant quietSince, Instant now)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sign_in_throttle"
                + " WHERE subject LIKE ? AND last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)")) {
            delete.setString(1, kind + "%");
            delete.setObject(2, at(quietSince));
            delete.setObject(3, at(now));
            delete.executeUpdate();
        }
    }

    /** "name:" or "address:", the part of a subject before its value. */
    private static String kindOf(String subject) {
        return subject.substring(0, subject.indexOf(':') + 1).replace("%", "").replace("_", "");
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
