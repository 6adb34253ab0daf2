package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.UnitStewardship;
import java.util.Optional;

/**
 * Realizations are entered by evaluators of the responsible unit: the unit the indicator names as
 * penanggung jawab, else the objective's unit. An evaluator assigned to a unit also serves the units under it.
 */
final class ResponsibleEvaluator {
    private final UnitStewardship stewardship;

    ResponsibleEvaluator(UnitAssignments assignments, OrganizationUnits units) {
        this.stewardship = new UnitStewardship(assignments, units);
    }

    static OrganizationUnitId responsibleUnit(Indicator indicator, Objective objective) {
        return Optional.ofNullable(indicator.definition().responsibleUnitId()).orElse(objective.unitId());
    }

    boolean serves(String username, Indicator indicator, Objective objective) {
        return stewardship.serves(username, responsibleUnit(indicator, objective));
    }

    void require(String username, Indicator indicator, Objective objective) {
        stewardship.requireServes(
                username,
                responsibleUnit(indicator, objective),
                "realization.not-responsible",
                "change a realization of this indicator");
    }
}
