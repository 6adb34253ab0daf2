package id.kinerja.domain.user;

import id.kinerja.domain.organization.OrganizationUnitId;
import java.util.Set;

/** The units a person works for: an evaluator enters realizations for these units and the units under them. */
public interface UnitAssignments {
    Set<OrganizationUnitId> unitsOf(String username);

    /** Replaces the person's units with these. */
    void replace(UserId user, Set<OrganizationUnitId> units);
}
