package id.kinerja.domain.decree;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.Transactions;

/** Starts a new decree as a draft, possibly amending or superseding an enacted one. */
public final class DraftDecree {
    private final Decrees decrees;
    private final OrganizationUnits units;
    private final Transactions transactions;

    public DraftDecree(Decrees decrees, OrganizationUnits units, Transactions transactions) {
        this.decrees = decrees;
        this.units = units;
        this.transactions = transactions;
    }

    public record Command(OrganizationUnitId issuingUnitId, DecreeContent content, DecreeRelation relation) {}

    public Decree draft(Command command) {
        return transactions.inTransaction(() -> {
            units.get(command.issuingUnitId());
            if (command.relation() != null) {
                decrees.get(command.relation().earlier()).requireInForce();
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
