package id.kinerja.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.persistence.shared.SqlStatements;
import id.kinerja.persistence.testing.StatementCounter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The counter sees the statements of every path the application takes to the database: a generated
 * repository query, hand-written SQL through {@link SqlStatements}, and both inside a use case's transaction.
 * Without this a statement-count comparison could compare 0 with 0 and prove nothing.
 */
@MicronautTest(transactional = false)
class StatementCounterIT {
    @Inject
    StatementCounter statements;

    @Inject
    OrganizationUnits units;

    @Inject
    SqlStatements sql;

    @Inject
    Transactions transactions;

    private record Costs(long prepared, long executed) {}

    private Costs counted(Supplier<?> work) {
        long prepared = statements.prepared();
        long executed = statements.executed();
        work.get();
        return new Costs(statements.prepared() - prepared, statements.executed() - executed);
    }

    @Test
    void countsARepositoryQuery() {
        Costs costs = counted(() -> units.list(new PageRequest(0, 1)));
        assertThat(costs.prepared()).isPositive();
        assertThat(costs.executed()).isPositive();
    }

    @Test
    void countsHandWrittenSql() {
        assertThat(counted(() -> sql.query("SELECT 1", statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next();
                    }
                })))
                .isEqualTo(new Costs(1, 1));
    }

    @Test
    void countsStatementsInsideATransaction() {
        Costs costs = counted(() -> transactions.inTransaction(() -> {
            units.findAll(List.of(new OrganizationUnitId(UUID.randomUUID())));
            return sql.query("SELECT 1", statement -> statement.executeQuery().next());
        }));
        assertThat(costs.prepared()).isGreaterThanOrEqualTo(2);
        assertThat(costs.executed()).isGreaterThanOrEqualTo(2);
    }
}
