package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Transactions;

/** Adds a strategic objective (sasaran) to a draft decree, for the issuing unit and one of its plan periods. */
public final class AddObjective {
    private final Decrees decrees;
    private final PlanPeriods periods;
    private final Objectives objectives;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public AddObjective(
            Decrees decrees,
            PlanPeriods periods,
            Objectives objectives,
            UnitStewards stewards,
            Transactions transactions) {
        this.decrees = decrees;
        this.periods = periods;
        this.objectives = objectives;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(UnitActor by, DecreeId decreeId, PlanPeriodId planPeriodId, String code, String statement) {}

    public Objective add(Command command) {
        return transactions.inTransaction(() -> {
            Decree decree = decrees.get(command.decreeId());
            stewards.requirePlans(command.by(), decree.issuingUnitId());
            decree.requireDraft();
            PlanPeriod period = periods.get(command.planPeriodId());
            if (!period.unitId().equals(decree.issuingUnitId())) {
                throw new RuleViolation(
                        "objective.period-of-other-unit",
                        "planPeriodId",
                        "the plan period belongs to another unit than the one issuing the decree");
            }
            Objective objective = new Objective(
                    ObjectiveId.newId(),
                    decree.id(),
                    decree.issuingUnitId(),
                    period.id(),
                    command.code(),
                    command.statement());
            if (objectives.ofDecree(decree.id()).stream().anyMatch(o -> o.code().equals(objective.code()))) {
                throw new ConflictingState(
                        "objective.duplicate-code",
                        "code",
                        "the decree already has an objective numbered " + objective.code(),
                        objective.code());
            }
            return objectives.add(objective);
        });
    }
}
