package id.kinerja.domain.decree;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.Transactions;

/**
 * Starts a new decree as a draft, possibly amending or superseding an enacted one; {@code by} plans for the
 * issuing unit and for the unit of the decree it amends or supersedes (ADR 0020).
 */
public final class DraftDecree {
    private final Decrees decrees;
    private final OrganizationUnits units;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public DraftDecree(Decrees decrees, OrganizationUnits units, UnitStewards stewards, Transactions transactions) {
        this.decrees = decrees;
        this.units = units;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(
            UnitActor by, OrganizationUnitId issuingUnitId, DecreeContent content, DecreeRelation relation) {}

    public Decree draft(Command command) {
        return transactions.inTransaction(() -> {
            units.get(command.issuingUnitId());
            stewards.requirePlans(command.by(), command.issuingUnitId());
            if (command.relation() != null) {
                Decree earlier = decrees.get(command.relation().earlier());
                stewards.requirePlans(command.by(), earlier.issuingUnitId());
                earlier.requireInForce();
            }
            requireFreeNumber(
                    decrees, command.issuingUnitId(), command.content().number());
            return decrees.save(Decree.draft(command.issuingUnitId(), command.content(), command.relation()));
        });
    }

    static void requireFreeNumber(Decrees decrees, OrganizationUnitId unit, DecreeNumber number) {
        if (decrees.numberTaken(unit, number)) {
            throw new ConflictingState(
                    "decree.number-taken",
                    "number",
                    "the unit has already issued a decree numbered " + number,
                    number.value());
        }
    }
}
