package id.kinerja.domain.organization;

import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.shared.NotPermitted;
import id.kinerja.domain.shared.Transactions;
import java.util.Optional;

/**
 * Adds a unit to the hierarchy, under an existing parent or as a root. An administrator registers any unit; a
 * planner registers units under a unit they plan for; a new root unit is an administrator's (ADR 0020).
 */
public final class RegisterOrganizationUnit {
    private final OrganizationUnits units;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public RegisterOrganizationUnit(OrganizationUnits units, UnitStewards stewards, Transactions transactions) {
        this.units = units;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(UnitActor by, OrganizationUnitId parentId, UnitProfile profile) {}

    public OrganizationUnit register(Command command) {
        return transactions.inTransaction(() -> {
            new UnitHierarchy(units).checkPlacement(Optional.empty(), command.parentId());
            requireMayPlace(stewards, command.by(), command.parentId());
            return units.save(OrganizationUnit.register(command.parentId(), command.profile()));
        });
    }

    /** Refuses unless the person may put a unit under this parent: a root ({@code null}) is an administrator's. */
    static void requireMayPlace(UnitStewards stewards, UnitActor by, OrganizationUnitId parent) {
        if (parent != null) {
            stewards.requirePlans(by, parent);
        } else if (!by.administersUnits()) {
            throw new NotPermitted(
                    "unit.root-by-administrator",
                    "only an administrator registers a unit at the top of the tree",
                    by.username());
        }
    }
}
