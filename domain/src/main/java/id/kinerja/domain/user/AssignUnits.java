package id.kinerja.domain.user;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.Transactions;
import java.util.Set;

/**
 * An administrator sets the units a person works for. It ends the person's sessions, so that whatever was
 * granted under the old units is asked for again under the new ones.
 */
public final class AssignUnits {
    private final Users users;
    private final OrganizationUnits units;
    private final UnitAssignments assignments;
    private final SessionVersions sessions;
    private final Transactions transactions;

    public AssignUnits(
            Users users,
            OrganizationUnits units,
            UnitAssignments assignments,
            SessionVersions sessions,
            Transactions transactions) {
        this.users = users;
        this.units = units;
        this.assignments = assignments;
        this.sessions = sessions;
        this.transactions = transactions;
    }

    public Set<OrganizationUnitId> assign(UserId user, Set<OrganizationUnitId> unitIds) {
        return transactions.inTransaction(() -> {
            User person = users.get(user);
            Set<OrganizationUnitId> known = Set.copyOf(unitIds);
            known.forEach(units::get);
            Set<OrganizationUnitId> before =
                    assignments.unitsOf(person.username().value());
            assignments.replace(user, known);
            if (!before.equals(known)) {
                sessions.endAll(user);
            }
            return known;
        });
    }
}
