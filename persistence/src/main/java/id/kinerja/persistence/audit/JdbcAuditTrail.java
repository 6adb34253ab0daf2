package id.kinerja.persistence.audit;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditQuery;
import id.kinerja.domain.audit.AuditTrail;
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
import java.util.UUID;

/** Inserts and reads the audit trail; this is the only code that touches {@code audit_entry}. */
@Singleton
class JdbcAuditTrail implements AuditTrail {
    private static final String COLUMNS = "id, occurred_at, actor, action, entity_type, entity_id, before_state,"
            + " after_state, reason, status, refusal";

    private final SqlStatements sql;

    JdbcAuditTrail(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public void append(AuditEntry entry) {
        sql.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, entry.id());
                insert.setTimestamp(2, Timestamp.from(entry.at()));
                insert.setString(3, entry.actor());
                insert.setString(4, entry.action());
                insert.setString(5, entry.entityType());
                insert.setString(6, entry.entityId());
                insert.setString(7, entry.before());
                insert.setString(8, entry.after());
                insert.setString(9, entry.reason());
                insert.setInt(10, entry.status());
                insert.setString(11, entry.refusal());
                insert.executeUpdate();
            }
            return null;
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
            where.append(" AND status >= 400");
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
                "SELECT " + COLUMNS + " FROM audit_entry" + where + " ORDER BY occurred_at DESC, id LIMIT ? OFFSET ?",
                statement -> {
                    bind(statement, paged);
                    List<AuditEntry> found = new ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(toEntry(rows));
                        }
                    }
                    return found;
                });
        return new Page<>(items, page, total);
    }

    @Override
    public Optional<String> lastStateOf(String entityType, String entityId) {
        return sql.query(
                "SELECT after_state FROM audit_entry WHERE entity_type = ? AND entity_id = ? AND status < 400"
                        + " AND after_state IS NOT NULL ORDER BY occurred_at DESC LIMIT 1",
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

    private static AuditEntry toEntry(ResultSet row) throws SQLException {
        return new AuditEntry(
                row.getObject(1, UUID.class),
                row.getTimestamp(2).toInstant(),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getString(8),
                row.getString(9),
                row.getInt(10),
                row.getString(11));
    }
}
