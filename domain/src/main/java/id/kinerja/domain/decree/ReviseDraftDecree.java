package id.kinerja.domain.decree;

import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.Transactions;

/** Rewrites the words of a draft decree. */
public final class ReviseDraftDecree {
    private final Decrees decrees;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public ReviseDraftDecree(Decrees decrees, UnitStewards stewards, Transactions transactions) {
        this.decrees = decrees;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(UnitActor by, DecreeId id, long expectedVersion, DecreeContent content) {}

    public Decree revise(Command command) {
        return transactions.inTransaction(() -> {
            Decree decree = decrees.get(command.id());
            stewards.requirePlans(command.by(), decree.issuingUnitId());
            if (!decree.content().number().equals(command.content().number())) {
                DraftDecree.requireFreeNumber(
                        decrees, decree.issuingUnitId(), command.content().number());
            }
            decree.revise(command.expectedVersion(), command.content());
            return decrees.save(decree);
        });
    }
}
