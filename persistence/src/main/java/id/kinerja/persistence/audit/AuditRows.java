package id.kinerja.persistence.audit;

import id.kinerja.domain.audit.AuditChain;
import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditEntry.ChainLink;
import id.kinerja.domain.audit.AuditEntry.Outcome;
import id.kinerja.domain.audit.AuditEntry.Refusal;
import id.kinerja.domain.audit.ChainHead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

/**
 * Lines of {@code audit_entry} as rows: reading one, and appending one at the end of the chain. Shared by the
 * adapter and by migration V6_1, which seals the lines written before the chain existed.
 */
public final class AuditRows {
    static final String COLUMNS = "id, occurred_at, actor, action, entity_type, entity_id, before_state,"
            + " after_state, reason, status, outcome, refusal, refusal_id, refusal_en, client_address, occurrences,"
            + " chain_position, previous_hash, entry_hash";
    private static final String CHAIN = "audit";
    static final String HEAD = "SELECT last_position, last_hash FROM audit_chain_head WHERE chain = '" + CHAIN + "'";

    private AuditRows() {}

    static AuditEntry toEntry(ResultSet row) throws SQLException {
        String refusal = row.getString(12);
        long position = row.getLong(17);
        ChainLink link = row.wasNull() ? null : new ChainLink(position, row.getString(18), row.getString(19));
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
                Outcome.valueOf(row.getString(11)),
                refusal == null ? null : new Refusal(refusal, row.getString(13), row.getString(14)),
                row.getString(15),
                row.getInt(16),
                link);
    }

    /**
     * Appends the line after the chain's head, which it locks until the caller's transaction ends: appends from
     * every node take their positions one at a time. The head's row is created by the first line ever.
     */
    static AuditEntry append(Connection connection, AuditEntry written) throws SQLException {
        AuditEntry entry = storable(written);
        ChainHead head = lockHead(connection).orElse(null);
        if (head == null) {
            try (PreparedStatement create = connection.prepareStatement(
                    "INSERT INTO audit_chain_head (chain, last_position, last_hash) VALUES (?, 0, ?)"
                            + " ON CONFLICT DO NOTHING")) {
                create.setString(1, CHAIN);
                create.setString(2, AuditChain.GENESIS);
                create.executeUpdate();
            }
            head = lockHead(connection).orElseThrow();
        }
        long position = head.position() + 1;
        String hash = AuditChain.hashOf(entry, position, head.hash());
        AuditEntry linked = entry.linked(new ChainLink(position, head.hash(), hash));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(insert, linked);
            insert.executeUpdate();
        }
        try (PreparedStatement advance = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_position = ?, last_hash = ? WHERE chain = ?")) {
            advance.setLong(1, position);
            advance.setString(2, hash);
            advance.setString(3, CHAIN);
            advance.executeUpdate();
        }
        return linked;
    }

    /** What stands in the trail for a NUL (U+0000) in a line's text: the Unicode replacement character. */
    static final char NUL_STORED_AS = '\uFFFD';

    /**
     * The line as both databases can store it. PostgreSQL refuses a NUL in text (it is no UTF-8 it stores), so a
     * refused request carrying one would be missing from the trail; every text field has its NULs replaced by
     * U+FFFD, on H2 too, so that a line reads and hashes the same on either database. The replacement keeps
     * each field's length (it still fits its column) and shows where the NUL was.
     */
    static AuditEntry storable(AuditEntry entry) {
        Refusal refusal = entry.refusal();
        return new AuditEntry(
                entry.id(),
                entry.at(),
                withoutNul(entry.actor()),
                withoutNul(entry.action()),
                withoutNul(entry.entityType()),
                withoutNul(entry.entityId()),
                withoutNul(entry.before()),
                withoutNul(entry.after()),
                withoutNul(entry.reason()),
                entry.status(),
                entry.outcome(),
                refusal == null
                        ? null
                        : new Refusal(
                                withoutNul(refusal.code()),
                                withoutNul(refusal.indonesian()),
                                withoutNul(refusal.english())),
                withoutNul(entry.address()),
                entry.occurrences(),
                entry.link());
    }

    private static String withoutNul(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', NUL_STORED_AS);
    }

    /**
     * Appends a line brought in from another instance's archive after this instance's own chain: it keeps its
     * fields, and takes its place and seal here (the archive's seals were checked before, by the caller).
     */
    public static AuditEntry appendImported(Connection connection, AuditEntry entry) throws SQLException {
        return append(connection, entry);
    }

    static Optional<ChainHead> head(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(new ChainHead(row.getLong(1), row.getString(2))) : Optional.empty();
        }
    }

    private static Optional<ChainHead> lockHead(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(HEAD + " FOR UPDATE")) {
            return head(select);
        }
    }

    private static void bind(PreparedStatement insert, AuditEntry entry) throws SQLException {
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
        insert.setString(11, entry.outcome().name());
        Refusal refusal = entry.refusal();
        insert.setString(12, refusal == null ? null : refusal.code());
        insert.setString(13, refusal == null ? null : refusal.indonesian());
        insert.setString(14, refusal == null ? null : refusal.english());
        insert.setString(15, entry.address());
        insert.setInt(16, entry.occurrences());
        insert.setLong(17, entry.link().position());
        insert.setString(18, entry.link().previousHash());
        insert.setString(19, entry.link().hash());
    }

    /**
     * Seals the lines written before the chain existed, oldest first, and installs the append-only triggers.
     * Runs once, from migration V6_1, before any trigger forbids the UPDATE it needs.
     */
    public static void sealExistingAndLock(Connection connection) throws SQLException {
        String previous = AuditChain.GENESIS;
        long position = 0;
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM audit_entry ORDER BY occurred_at, id");
                PreparedStatement seal = connection.prepareStatement("UPDATE audit_entry SET chain_position = ?,"
                        + " previous_hash = ?, entry_hash = ? WHERE id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                AuditEntry entry = toEntry(rows);
                position++;
                String hash = AuditChain.hashOf(entry, position, previous);
                seal.setLong(1, position);
                seal.setString(2, previous);
                seal.setString(3, hash);
                seal.setObject(4, entry.id());
                seal.addBatch();
                previous = hash;
            }
            seal.executeBatch();
        }
        if (position > 0) {
            try (PreparedStatement head = connection.prepareStatement(
                    "INSERT INTO audit_chain_head (chain, last_position, last_hash) VALUES (?, ?, ?)")) {
                head.setString(1, CHAIN);
                head.setLong(2, position);
                head.setString(3, previous);
                head.executeUpdate();
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE audit_entry ALTER COLUMN chain_position SET NOT NULL");
            statement.execute("ALTER TABLE audit_entry ALTER COLUMN previous_hash SET NOT NULL");
            statement.execute("ALTER TABLE audit_entry ALTER COLUMN entry_hash SET NOT NULL");
        }
        AppendOnlyAuditTrail.install(connection);
    }
}
