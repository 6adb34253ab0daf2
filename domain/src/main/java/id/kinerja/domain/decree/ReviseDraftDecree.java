package id.kinerja.domain.decree;

import id.kinerja.domain.shared.Transactions;

/** Rewrites the words of a draft decree. */
public final class ReviseDraftDecree {
    private final Decrees decrees;
    private final Transactions transactions;

    public ReviseDraftDecree(Decrees decrees, Transactions transactions) {
        this.decrees = decrees;
        this.transactions = transactions;
    }

    public record Command(DecreeId id, long expectedVersion, DecreeContent content) {}

    public Decree revise(Command command) {
        return transactions.inTransaction(() -> {
            Decree decree = decrees.get(command.id());
            if (!decree.content().number().equals(command.content().number())) {
                DraftDecree.requireFreeNumber(
                        decrees, decree.issuingUnitId(), command.content().number());
            }
            decree.revise(command.expectedVersion(), command.content());
            return decrees.save(decree);
        });
    }
}
