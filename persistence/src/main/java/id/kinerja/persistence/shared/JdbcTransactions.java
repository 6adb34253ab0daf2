package id.kinerja.persistence.shared;

import id.kinerja.domain.shared.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** The domain's transaction port on the JDBC data source: all of a use case's writes commit together. */
@Singleton
public class JdbcTransactions implements Transactions {
    private final TransactionOperations<Connection> operations;

    public JdbcTransactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return operations.executeWrite(status -> work.get());
    }
}
