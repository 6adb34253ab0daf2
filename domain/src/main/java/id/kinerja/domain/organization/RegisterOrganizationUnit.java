package id.kinerja.domain.organization;

import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.shared.Transactions;
import java.util.Optional;

/** Adds a unit to the hierarchy, under an existing parent or as a root. */
public final class RegisterOrganizationUnit {
    private final OrganizationUnits units;
    private final Transactions transactions;

    public RegisterOrganizationUnit(OrganizationUnits units, Transactions transactions) {
        this.units = units;
        this.transactions = transactions;
    }

    public record Command(OrganizationUnitId parentId, UnitProfile profile) {}

    public OrganizationUnit register(Command command) {
        return transactions.inTransaction(() -> {
            new UnitHierarchy(units).checkPlacement(Optional.empty(), command.parentId());
            return units.save(OrganizationUnit.register(command.parentId(), command.profile()));
        });
    }
}
