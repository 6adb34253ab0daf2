package id.kinerja.persistence.plan;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.plan.PlanKind;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.Year;
import id.kinerja.persistence.shared.RootRows;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcPlanPeriods implements PlanPeriods {
    private final PlanPeriodRowRepository rows;

    JdbcPlanPeriods(PlanPeriodRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<PlanPeriod> find(PlanPeriodId id) {
        return rows.findById(id.value()).map(JdbcPlanPeriods::toPeriod);
    }

    @Override
    public PlanPeriod add(PlanPeriod period) {
        try {
            rows.save(new PlanPeriodRow(
                    period.id().value(),
                    period.unitId().value(),
                    period.kind().name(),
                    period.name(),
                    period.firstYear().value(),
                    period.lastYear().value()));
        } catch (DataAccessException e) {
            throw RootRows.asConflict(e, "plan period");
        }
        return period;
    }

    @Override
    public List<PlanPeriod> ofUnit(OrganizationUnitId unitId) {
        return rows.findByUnitIdOrderByFirstYear(unitId.value()).stream()
                .map(JdbcPlanPeriods::toPeriod)
                .toList();
    }

    @Override
    public List<PlanPeriod> all() {
        return rows.listOrderByFirstYearAndName().stream()
                .map(JdbcPlanPeriods::toPeriod)
                .toList();
    }

    @Override
    public List<PlanPeriod> ofUnits(Collection<OrganizationUnitId> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return rows
                .findByUnitIdInOrderByFirstYear(
                        unitIds.stream().map(OrganizationUnitId::value).toList())
                .stream()
                .map(JdbcPlanPeriods::toPeriod)
                .toList();
    }

    @Override
    public List<PlanPeriod> findAll(Collection<PlanPeriodId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows.findByIdIn(ids.stream().map(PlanPeriodId::value).toList()).stream()
                .map(JdbcPlanPeriods::toPeriod)
                .toList();
    }

    private static PlanPeriod toPeriod(PlanPeriodRow row) {
        return new PlanPeriod(
                new PlanPeriodId(row.id()),
                new OrganizationUnitId(row.unitId()),
                PlanKind.valueOf(row.planKind()),
                row.name(),
                Year.of(row.firstYear()),
                Year.of(row.lastYear()));
    }
}
