package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.Transactions;

/**
 * Rewrites a strategic objective's number and words while its decree is a draft, as {@link ReviseIndicator} does
 * for an indicator: once enacted, the objective is what the signed decree says, and it changes only by a new
 * decree that replaces it. Its plan period stays, since the targets under it were set for that period's years.
 */
public final class ReviseObjective {
    private final Decrees decrees;
    private final Objectives objectives;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public ReviseObjective(Decrees decrees, Objectives objectives, UnitStewards stewards, Transactions transactions) {
        this.decrees = decrees;
        this.objectives = objectives;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(UnitActor by, ObjectiveId id, long expectedVersion, String code, String statement) {}

    public Objective revise(Command command) {
        return transactions.inTransaction(() -> {
            Objective objective = objectives.get(command.id());
            Decree decree = decrees.get(objective.decreeId());
            stewards.requirePlans(command.by(), decree.issuingUnitId());
            decree.requireDraft();
            Objective revised = objective.revised(command.expectedVersion(), command.code(), command.statement());
            if (objectives.ofDecree(decree.id()).stream()
                    .anyMatch(other ->
                            !other.id().equals(revised.id()) && other.code().equals(revised.code()))) {
                throw new ConflictingState(
                        "objective.duplicate-code",
                        "code",
                        "the decree already has an objective numbered " + revised.code(),
                        revised.code());
            }
            return objectives.update(revised);
        });
    }
}
