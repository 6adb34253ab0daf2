package id.kinerja.domain.decree;

import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Transactions;

/**
 * Throws away a draft that will never be enacted, with its annex (objectives, indicators, targets). An enacted
 * decree is never deleted — it is revoked or superseded and stays readable — and a draft whose indicators a
 * survey or a realization already names is kept, so that nothing recorded loses what it measured.
 */
public final class DeleteDraftDecree {
    private final Decrees decrees;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public DeleteDraftDecree(Decrees decrees, UnitStewards stewards, Transactions transactions) {
        this.decrees = decrees;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    /** @param by the planner deleting: only one who plans for the issuing unit may (ADR 0020) */
    public record Command(UnitActor by, DecreeId id, long expectedVersion) {}

    /** @return the draft as it was, for the audit trail */
    public Decree delete(Command command) {
        return transactions.inTransaction(() -> {
            Decree decree = decrees.get(command.id());
            stewards.requirePlans(command.by(), decree.issuingUnitId());
            StaleVersion.check("decree", decree.id(), command.expectedVersion(), decree.version());
            decree.requireDraft();
            if (decrees.annexInUse(decree.id())) {
                throw new ConflictingState(
                        "decree.delete-in-use",
                        null,
                        "a survey or a realization already names an indicator of draft "
                                + decree.content().number() + "; it cannot be deleted",
                        decree.content().number().value());
            }
            decrees.deleteDraft(decree.id());
            return decree;
        });
    }
}
