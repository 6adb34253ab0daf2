package id.kinerja.domain.user;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.NotPermitted;
import java.util.Optional;
import java.util.Set;

/**
 * Who serves a unit: a person assigned to it or to a unit above it (an evaluator of a bureau also serves its
 * sections, so that a new section needs no new assignment). Evaluators act only for the units they serve;
 * auditors review every unit and administrators manage every one (ADR 0013).
 */
public final class UnitStewardship {
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
}
