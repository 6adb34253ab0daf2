package id.kinerja.web.page;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.ReadOrganization;
import id.kinerja.domain.user.UnitAssignments;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Every unit for a picker, in the order of the organization tree: never cut off at a page size. */
@Singleton
public class UnitPicker {
    private final ReadOrganization organization;
    private final UnitAssignments assignments;

    UnitPicker(ReadOrganization organization, UnitAssignments assignments) {
        this.organization = organization;
        this.assignments = assignments;
    }

    public List<UnitChoice> all() {
        return organization.choices().stream()
                .map(unit -> new UnitChoice(unit.id().value(), unit.name(), unit.depth()))
                .toList();
    }

    /**
     * The unit a page with a unit picker opens on for this person: the first of the choices, in the tree's order,
     * that they are assigned to, so that a bureau's planner lands on the bureau and not on the province above it;
     * the first choice for someone assigned to none (an auditor or an administrator reads every unit); {@code
     * null} when there are no units.
     */
    public UUID openingUnit(List<UnitChoice> choices, String username) {
        Set<OrganizationUnitId> assigned = assignments.unitsOf(username);
        return choices.stream()
                .map(UnitChoice::id)
                .filter(id -> assigned.contains(new OrganizationUnitId(id)))
                .findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0).id());
    }
}
