package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.NotPermitted;
import id.kinerja.domain.user.UnitAssignments;
import java.util.Optional;
import java.util.Set;

/**
 * Realizations are entered by evaluators of the responsible unit: the unit the indicator names as
 * penanggung jawab, else the objective's unit. An evaluator assigned to a unit also serves the units under it.
 */
final class ResponsibleEvaluator {
    private final UnitAssignments assignments;
    private final OrganizationUnits units;

    ResponsibleEvaluator(UnitAssignments assignments, OrganizationUnits units) {
        this.assignments = assignments;
        this.units = units;
    }

    void require(String username, Indicator indicator, Objective objective) {
        OrganizationUnitId responsible =
                Optional.ofNullable(indicator.definition().responsibleUnitId()).orElse(objective.unitId());
        Set<OrganizationUnitId> assigned = assignments.unitsOf(username);
        Optional<OrganizationUnitId> unit = Optional.of(responsible);
        while (unit.isPresent()) {
            if (assigned.contains(unit.get())) {
                return;
            }
            unit = units.get(unit.get()).parentId();
        }
        throw new NotPermitted(
                "realization.not-responsible",
                username + " is not an evaluator of the unit responsible for this indicator",
                username,
                units.get(responsible).profile().name());
    }
}
