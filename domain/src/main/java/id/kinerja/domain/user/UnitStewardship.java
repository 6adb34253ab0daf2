package id.kinerja.domain.user;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.NotPermitted;
import java.util.Optional;
import java.util.Set;

/**
 * Who serves a unit: a person assigned to it or to a unit above it (an evaluator of a bureau also serves its
 * sections, so that a new section needs no new assignment). Evaluators act only for the units they serve;
 * auditors review every unit and administrators manage every one (ADR 0013). Planners likewise plan only for
 * the units they serve: decrees, objectives, indicators, targets, plan periods and the units themselves
 * (ADR 0020).
 */
public final class UnitStewardship implements UnitStewards {
    private final UnitAssignments assignments;
    private final OrganizationUnits units;

    public UnitStewardship(UnitAssignments assignments, OrganizationUnits units) {
        this.assignments = assignments;
        this.units = units;
    }

    /** Whether the person is assigned to the unit or to one of the units above it. */
    public boolean serves(String username, OrganizationUnitId unit) {
        Set<OrganizationUnitId> assigned = assignments.unitsOf(username);
        if (assigned.isEmpty()) {
            return false;
        }
        Optional<OrganizationUnitId> next = Optional.of(unit);
        while (next.isPresent()) {
            if (assigned.contains(next.get())) {
                return true;
            }
            next = units.get(next.get()).parentId();
        }
        return false;
    }

    /**
     * Refuses unless the person serves the unit; {@code code} names the refusal, whose arguments are the
     * person and the unit's name.
     */
    public void requireServes(String username, OrganizationUnitId unit, String code, String englishAction) {
        if (!serves(username, unit)) {
            throw new NotPermitted(
                    code,
                    username + " does not serve the unit and may not " + englishAction,
                    username,
                    units.get(unit).profile().name());
        }
    }

    /**
     * Refuses unless the person may plan for the unit: an administrator for every unit (the pages and the API
     * let administrators only register and change units; the demo data is loaded as one), a planner for the
     * units they serve.
     */
    @Override
    public void requirePlans(UnitActor by, OrganizationUnitId unit) {
        if (by.administersUnits() || by.plansUnits() && serves(by.username(), unit)) {
            return;
        }
        throw new NotPermitted(
                "plan.not-responsible",
                by.username() + " does not plan for the unit and may not change its plan",
                by.username(),
                units.get(unit).profile().name());
    }
}
