package id.kinerja.domain.organization;

import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.shared.Transactions;
import java.util.Optional;

/**
 * Changes a unit's profile (name, tasks, functions) or moves it in the hierarchy, refusing a move that would
 * make a cycle. An administrator changes any unit; a planner the units they plan for, and moves one only under
 * another unit they plan for (ADR 0020).
 */
public final class ReviseOrganizationUnit {
    private final OrganizationUnits units;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public ReviseOrganizationUnit(OrganizationUnits units, UnitStewards stewards, Transactions transactions) {
        this.units = units;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(
            UnitActor by,
            OrganizationUnitId id,
            long expectedVersion,
            OrganizationUnitId parentId,
            UnitProfile profile) {}

    public OrganizationUnit revise(Command command) {
        return transactions.inTransaction(() -> {
            OrganizationUnit unit = units.get(command.id());
            stewards.requirePlans(command.by(), unit.id());
            if (!unit.parentId().equals(Optional.ofNullable(command.parentId()))) {
                RegisterOrganizationUnit.requireMayPlace(stewards, command.by(), command.parentId());
            }
            new UnitHierarchy(units).checkPlacement(Optional.of(unit.id()), command.parentId());
            unit.revise(command.expectedVersion(), command.parentId(), command.profile());
            return units.save(unit);
        });
    }
}
