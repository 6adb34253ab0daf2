package id.kinerja.persistence.audit;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditQuery;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.domain.audit.ChainHead;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Appends and reads the audit trail; with {@link AuditRows}, the only code that touches {@code audit_entry}.
 * Appending joins the caller's transaction, so that a change and its line commit or roll back together.
 */
@Singleton
class JdbcAuditTrail implements AuditTrail {
    private final SqlStatements sql;

    JdbcAuditTrail(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public AuditEntry append(AuditEntry entry) {
        return sql.write(connection -> AuditRows.append(connection, entry));
    }

    @Override
    public Optional<ChainHead> head() {
        return sql.query(AuditRows.HEAD, AuditRows::head);
    }

    @Override
    public List<AuditEntry> chain(long after, long upTo, int limit) {
        return sql.query(
                "SELECT " + AuditRows.COLUMNS
                        + " FROM audit_entry WHERE chain_position > ? AND chain_position <= ?"
                        + " ORDER BY chain_position LIMIT ?",
                statement -> {
                    statement.setLong(1, after);
                    statement.setLong(2, upTo);
                    statement.setInt(3, limit);
                    return entries(statement);
                });
    }

    @Override
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        condition(where, parameters, " AND entity_type = ?", query.entityType());
        condition(where, parameters, " AND entity_id = ?", query.entityId());
        condition(where, parameters, " AND actor = ?", query.actor());
        condition(
                where, parameters, " AND occurred_at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
        condition(where, parameters, " AND occurred_at < ?", query.to() == null ? null : Timestamp.from(query.to()));
        if (Boolean.TRUE.equals(query.refusedOnly())) {
            where.append(" AND outcome <> 'DONE'");
        }
        long total = sql.query("SELECT COUNT(*) FROM audit_entry" + where, count -> {
            bind(count, parameters);
            try (ResultSet found = count.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        });
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.size());
        paged.add(page.offset());
        List<AuditEntry> items = sql.query(
                "SELECT " + AuditRows.COLUMNS + " FROM audit_entry" + where
                        + " ORDER BY occurred_at DESC, chain_position DESC LIMIT ? OFFSET ?",
                statement -> {
                    bind(statement, paged);
                    return entries(statement);
                });
        return new Page<>(items, page, total);
    }

    @Override
    public Optional<String> lastStateOf(String entityType, String entityId) {
        return sql.query(
                "SELECT after_state FROM audit_entry WHERE entity_type = ? AND entity_id = ? AND outcome = 'DONE'"
                        + " AND after_state IS NOT NULL ORDER BY occurred_at DESC, chain_position DESC LIMIT 1",
                statement -> {
                    statement.setString(1, entityType);
                    statement.setString(2, entityId);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
                    }
                });
    }

    private static void condition(StringBuilder where, List<Object> parameters, String clause, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(clause);
            parameters.add(value);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static List<AuditEntry> entries(PreparedStatement statement) throws SQLException {
        List<AuditEntry> found = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(AuditRows.toEntry(rows));
            }
        }
        return found;
    }
}
