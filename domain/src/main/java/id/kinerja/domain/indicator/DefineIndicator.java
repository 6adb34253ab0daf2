package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.Transactions;
import java.util.List;

/**
 * Defines a key performance indicator (IKU) under an objective of a draft decree, with its first targets;
 * {@code by} plans for the objective's unit and for the unit named responsible for the indicator (ADR 0020).
 */
public final class DefineIndicator {
    private final Decrees decrees;
    private final Objectives objectives;
    private final PlanPeriods periods;
    private final Indicators indicators;
    private final OrganizationUnits units;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public DefineIndicator(
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            OrganizationUnits units,
            UnitStewards stewards,
            Transactions transactions) {
        this.decrees = decrees;
        this.objectives = objectives;
        this.periods = periods;
        this.indicators = indicators;
        this.units = units;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(UnitActor by, ObjectiveId objectiveId, IndicatorDefinition definition, List<Target> targets) {
        public Command {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }

    public IndicatorChange define(Command command) {
        return transactions.inTransaction(() -> {
            Objective objective = objectives.get(command.objectiveId());
            stewards.requirePlans(command.by(), objective.unitId());
            decrees.get(objective.decreeId()).requireDraft();
            if (command.definition().responsibleUnitId() != null) {
                units.get(command.definition().responsibleUnitId());
                stewards.requirePlans(command.by(), command.definition().responsibleUnitId());
            }
            PlanPeriod period = periods.get(objective.planPeriodId());
            Indicator indicator = Indicator.define(objective, command.definition());
            command.targets().forEach(target -> indicator.setTarget(period, target));
            return IndicatorChange.of(indicators.save(indicator));
        });
    }
}
