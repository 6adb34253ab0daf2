package id.kinerja.domain.user;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.Set;

/** Read side: what the administrator has still to arrange between accounts and units. */
public interface AccountGaps {
    /**
     * Active accounts holding a role that works for units (evaluator or planner) and assigned to none, by
     * username, a page at a time with the total.
     */
    Page<AccountWithoutUnits> withoutUnits(PageRequest page);

    /** The units an active evaluator is assigned to directly (the units under them are served too). */
    Set<OrganizationUnitId> unitsAssignedToEvaluators();

    /** An account that works for no unit yet. */
    record AccountWithoutUnits(UserId id, String username, String displayName, Set<Role> roles) {}
}
