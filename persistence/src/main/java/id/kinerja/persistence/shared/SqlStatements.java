package id.kinerja.persistence.shared;

import io.micronaut.data.jdbc.runtime.ConnectionCallback;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.jdbc.runtime.PreparedStatementCallback;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;

/**
 * Hand-written SQL for what repositories do not express well (ordered child lists, batches). Each call joins
 * the use case's transaction, or runs in its own when there is none, as repository reads do.
 */
@Singleton
public class SqlStatements {
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    public SqlStatements(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public <R> R query(String sql, PreparedStatementCallback<R> callback) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, callback));
    }

    public <R> R write(ConnectionCallback<R> callback) {
        return transactions.executeWrite(status -> jdbc.execute(callback));
    }
}
