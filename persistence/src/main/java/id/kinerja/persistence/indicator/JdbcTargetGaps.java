package id.kinerja.persistence.indicator;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Indicators.IndicatorLabel;
import id.kinerja.domain.indicator.TargetGaps;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import id.kinerja.persistence.shared.PagedQuery;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** Indicators without a target for a year their plan covers, in SQL a page at a time. */
@Singleton
class JdbcTargetGaps implements TargetGaps {
    private static final String WITHOUT_TARGET = " FROM indicator i"
            + " JOIN objective o ON o.id = i.objective_id"
            + " JOIN decree d ON d.id = i.decree_id"
            + " JOIN plan_period p ON p.id = o.plan_period_id"
            + " JOIN organization_unit u ON u.id = o.unit_id"
            + " WHERE d.status IN ('DRAFT', 'ENACTED') AND p.first_year <= ? AND p.last_year >= ?"
            + " AND NOT EXISTS (SELECT 1 FROM indicator_target t WHERE t.indicator_id = i.id AND t.target_year = ?)";

    private final SqlStatements sql;

    JdbcTargetGaps(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public Page<IndicatorLabel> withoutTarget(Year year, PageRequest page) {
        int value = year.value();
        return PagedQuery.read(
                sql,
                "SELECT i.id, i.name, u.id, u.name" + WITHOUT_TARGET + " ORDER BY u.name, u.id, i.name, i.id",
                "SELECT COUNT(*)" + WITHOUT_TARGET,
                List.of(value, value, value),
                page,
                row -> new IndicatorLabel(
                        new IndicatorId(row.getObject(1, UUID.class)),
                        row.getString(2),
                        new OrganizationUnitId(row.getObject(3, UUID.class)),
                        row.getString(4)));
    }
}
