package id.kinerja.persistence.evaluation;

import id.kinerja.domain.evaluation.ClosingGaps;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import id.kinerja.persistence.shared.PagedQuery;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** Unit-years whose current realizations are all verified and that are still open, in SQL a page at a time. */
@Singleton
class JdbcClosingGaps implements ClosingGaps {
    /** Per unit and year, the current realizations (those nothing corrects) and how many are not verified. */
    private static final String READY = " FROM (SELECT o.unit_id AS unit_id, r.realization_year AS y,"
            + " COUNT(*) AS verified,"
            + " SUM(CASE WHEN r.status = 'VERIFIED' THEN 0 ELSE 1 END) AS open_ones"
            + " FROM realization r JOIN indicator i ON i.id = r.indicator_id"
            + " JOIN objective o ON o.id = i.objective_id"
            + " WHERE r.realization_year < ?"
            + " AND NOT EXISTS (SELECT 1 FROM realization c WHERE c.corrects_id = r.id)"
            + " GROUP BY o.unit_id, r.realization_year) g"
            + " JOIN organization_unit u ON u.id = g.unit_id"
            + " WHERE g.open_ones = 0"
            + " AND NOT EXISTS (SELECT 1 FROM year_closure yc WHERE yc.unit_id = g.unit_id"
            + " AND yc.closure_year = g.y AND yc.closed)";

    private final SqlStatements sql;

    JdbcClosingGaps(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public Page<YearToClose> readyToClose(Year before, PageRequest page) {
        return PagedQuery.read(
                sql,
                "SELECT g.unit_id, u.name, g.y, g.verified" + READY + " ORDER BY g.y, u.name, g.unit_id",
                "SELECT COUNT(*)" + READY,
                List.of(before.value()),
                page,
                row -> new YearToClose(
                        new OrganizationUnitId(row.getObject(1, UUID.class)),
                        row.getString(2),
                        Year.of(row.getInt(3)),
                        row.getLong(4)));
    }
}
