package id.kinerja.domain.organization;

import id.kinerja.domain.shared.RuleViolation;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The rule that keeps the hierarchy a tree: a unit is never its own ancestor. */
final class UnitHierarchy {
    private final OrganizationUnits units;

    UnitHierarchy(OrganizationUnits units) {
        this.units = units;
    }

    /**
     * Refuses to place {@code unit} under {@code parent} when the parent is the unit itself or one of its
     * descendants, and refuses a parent that does not exist.
     */
    void checkPlacement(Optional<OrganizationUnitId> unit, OrganizationUnitId parent) {
        if (parent == null) {
            return;
        }
        Set<OrganizationUnitId> seen = new HashSet<>();
        Optional<OrganizationUnitId> current = Optional.of(parent);
        while (current.isPresent()) {
            OrganizationUnitId ancestor = current.get();
            if (unit.isPresent() && unit.get().equals(ancestor)) {
                throw new RuleViolation(
                        "unit.cycle",
                        "parentId",
                        "unit " + unit.get() + " cannot be placed under itself or one of its own sub-units",
                        unit.get());
            }
            if (!seen.add(ancestor)) {
                break;
            }
            current = units.get(ancestor).parentId();
        }
    }
}
