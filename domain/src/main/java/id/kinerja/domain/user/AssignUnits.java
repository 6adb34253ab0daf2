package id.kinerja.domain.user;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.Transactions;
import java.util.Set;

/** An administrator sets the units a person works for. */
public final class AssignUnits {
    private final Users users;
    private final OrganizationUnits units;
    private final UnitAssignments assignments;
    private final Transactions transactions;

    public AssignUnits(Users users, OrganizationUnits units, UnitAssignments assignments, Transactions transactions) {
        this.users = users;
        this.units = units;
        this.assignments = assignments;
        this.transactions = transactions;
    }

    public Set<OrganizationUnitId> assign(UserId user, Set<OrganizationUnitId> unitIds) {
        return transactions.inTransaction(() -> {
            users.get(user);
            Set<OrganizationUnitId> known = Set.copyOf(unitIds);
            known.forEach(units::get);
            assignments.replace(user, known);
            return known;
        });
    }
}
