package id.kinerja.persistence.agreement;

import id.kinerja.domain.agreement.BudgetRealizations;
import id.kinerja.domain.agreement.PerformanceAgreementId;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One row per programme of a PK version; an entry replaces the version's rows in the caller's transaction. */
@Singleton
class JdbcBudgetRealizations implements BudgetRealizations {
    private final SqlStatements sql;

    JdbcBudgetRealizations(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public List<Entry> of(PerformanceAgreementId agreement) {
        return sql.query(
                "SELECT code, ceiling, realized FROM budget_realization WHERE agreement_id = ? ORDER BY code",
                statement -> {
                    statement.setObject(1, agreement.value());
                    List<Entry> entries = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            entries.add(new Entry(
                                    row.getString(1), row.getBigDecimal(2), Optional.ofNullable(row.getBigDecimal(3))));
                        }
                    }
                    return entries;
                });
    }

    @Override
    public void replace(PerformanceAgreementId agreement, List<Entry> entries, String by, Instant at) {
        sql.write(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM budget_realization WHERE agreement_id = ?")) {
                delete.setObject(1, agreement.value());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO budget_realization (agreement_id, code, ceiling, realized, entered_by, entered_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (Entry entry : entries) {
                    insert.setObject(1, agreement.value());
                    insert.setString(2, entry.code());
                    insert.setBigDecimal(3, entry.ceiling());
                    if (entry.realized().isPresent()) {
                        insert.setBigDecimal(4, entry.realized().get());
                    } else {
                        insert.setNull(4, Types.NUMERIC);
                    }
                    insert.setString(5, by);
                    insert.setTimestamp(6, Timestamp.from(at));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }
}
