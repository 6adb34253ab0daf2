package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Transactions;

/**
 * Sets or revises the target of one year of an indicator in a draft decree. A new year is refused when it
 * already has a target ({@link Mode#NEW}); a revision needs the year to have one ({@link Mode#REVISION}).
 */
public final class SetTarget {
    private final Decrees decrees;
    private final Objectives objectives;
    private final PlanPeriods periods;
    private final Indicators indicators;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public SetTarget(
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            UnitStewards stewards,
            Transactions transactions) {
        this.decrees = decrees;
        this.objectives = objectives;
        this.periods = periods;
        this.indicators = indicators;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public enum Mode {
        NEW,
        REVISION
    }

    public record Command(UnitActor by, IndicatorId indicatorId, long expectedVersion, Mode mode, Target target) {}

    public IndicatorChange set(Command command) {
        return transactions.inTransaction(() -> {
            Indicator indicator = indicators.get(command.indicatorId());
            Objective objective = objectives.get(indicator.objectiveId());
            stewards.requirePlans(command.by(), objective.unitId());
            decrees.get(indicator.decreeId()).requireDraft();
            PlanPeriod period = periods.get(objective.planPeriodId());
            if (command.mode() == Mode.NEW) {
                StaleVersion.check("indicator", indicator.id(), command.expectedVersion(), indicator.version());
                indicator.setTarget(period, command.target());
            } else {
                indicator.reviseTarget(command.expectedVersion(), period, command.target());
            }
            return IndicatorChange.of(indicators.save(indicator));
        });
    }
}
