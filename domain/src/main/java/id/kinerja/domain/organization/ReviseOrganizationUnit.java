package id.kinerja.domain.organization;

import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.shared.Transactions;
import java.util.Optional;

/** Changes a unit's profile or moves it in the hierarchy, refusing a move that would make a cycle. */
public final class ReviseOrganizationUnit {
    private final OrganizationUnits units;
    private final Transactions transactions;

    public ReviseOrganizationUnit(OrganizationUnits units, Transactions transactions) {
        this.units = units;
        this.transactions = transactions;
    }

    public record Command(
            OrganizationUnitId id, long expectedVersion, OrganizationUnitId parentId, UnitProfile profile) {}

    public OrganizationUnit revise(Command command) {
        return transactions.inTransaction(() -> {
            OrganizationUnit unit = units.get(command.id());
            new UnitHierarchy(units).checkPlacement(Optional.of(unit.id()), command.parentId());
            unit.revise(command.expectedVersion(), command.parentId(), command.profile());
            return units.save(unit);
        });
    }
}
