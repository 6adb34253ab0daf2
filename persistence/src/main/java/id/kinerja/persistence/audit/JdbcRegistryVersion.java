package id.kinerja.persistence.audit;

import id.kinerja.domain.shared.RegistryVersion;
import id.kinerja.persistence.shared.CoalescedRead;
import id.kinerja.persistence.shared.SqlStatements;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import org.postgresql.PGConnection;

/**
 * The registry's version is the position of the audit chain's last line: every change is recorded in the
 * transaction that makes it and moves the head (ADR 0016), so the head moves exactly when something was
 * recorded, on any node, and is visible in the same commit. Reading it is one primary-key lookup.
 *
 * <p>Every remembered evaluation asks for the version before it is reused, so under load that lookup was one round
 * trip to PostgreSQL per request. There the lookups are shared: requests that ask while one is running take the
 * next one together, which never began before they asked (ADR 0029). Embedded H2 answers in microseconds, and
 * waiting for a shared lookup costs more than reading (measured: docs/benchmarks.md), so there each request reads.
 * Inside a transaction the version is read on the transaction's connection, which may hold its own uncommitted
 * change.
 */
@Singleton
class JdbcRegistryVersion implements RegistryVersion {
    private final SqlStatements sql;
    private final TransactionOperations<Connection> transactions;
    private final CoalescedRead<Long> shared = new CoalescedRead<>(this::head);
    /** Whether the database is a round trip away (PostgreSQL); known after the first read. */
    private volatile boolean remote;

    JdbcRegistryVersion(SqlStatements sql, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @Override
    public long current() {
        return remote && transactions.findTransactionStatus().isEmpty() ? shared.get() : head();
    }

    private long head() {
        return sql.query(AuditRows.HEAD, select -> {
            remote = select.getConnection().isWrapperFor(PGConnection.class);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        });
    }
}
