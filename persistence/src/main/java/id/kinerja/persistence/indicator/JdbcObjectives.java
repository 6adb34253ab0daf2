package id.kinerja.persistence.indicator;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.persistence.shared.RootRows;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Singleton
class JdbcObjectives implements Objectives {
    private final ObjectiveRowRepository rows;

    JdbcObjectives(ObjectiveRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Objective> find(ObjectiveId id) {
        return rows.findById(id.value()).map(JdbcObjectives::toObjective);
    }

    @Override
    public Objective add(Objective objective) {
        try {
            rows.save(toRow(objective));
        } catch (DataAccessException e) {
            throw RootRows.asConflict(e, "objective");
        }
        return objective;
    }

    @Override
    public Objective update(Objective objective) {
        return toObjective(
                RootRows.write(rows, objective.id().value(), toRow(objective), "objective", objective.version()));
    }

    private static ObjectiveRow toRow(Objective objective) {
        return new ObjectiveRow(
                objective.id().value(),
                objective.decreeId().value(),
                objective.unitId().value(),
                objective.planPeriodId().value(),
                objective.code(),
                objective.statement(),
                objective.version());
    }

    @Override
    public List<Objective> ofDecree(DecreeId decreeId) {
        return rows.findByDecreeIdOrderByCode(decreeId.value()).stream()
                .map(JdbcObjectives::toObjective)
                .toList();
    }

    @Override
    public List<Objective> ofUnit(OrganizationUnitId unitId) {
        return rows.findByUnitIdOrderByDecreeIdAndCode(unitId.value()).stream()
                .map(JdbcObjectives::toObjective)
                .toList();
    }

    @Override
    public List<Objective> ofUnits(Collection<OrganizationUnitId> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return rows
                .findByUnitIdInOrderByUnitIdAndDecreeIdAndCode(
                        unitIds.stream().map(OrganizationUnitId::value).toList())
                .stream()
                .map(JdbcObjectives::toObjective)
                .toList();
    }

    private static Objective toObjective(ObjectiveRow row) {
        return new Objective(
                new ObjectiveId(row.id()),
                new DecreeId(row.decreeId()),
                new OrganizationUnitId(row.unitId()),
                new PlanPeriodId(row.planPeriodId()),
                row.code(),
                row.statement(),
                row.version());
    }
}
