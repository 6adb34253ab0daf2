package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Year;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * IKU: a key performance indicator under an objective, with at most one target for each year of the plan
 * period. Whether it may still change is the decree's business: the use cases ask the decree first.
 */
public final class Indicator {
    private final IndicatorId id;
    private final ObjectiveId objectiveId;
    private final DecreeId decreeId;
    private IndicatorDefinition definition;
    private final SortedMap<Year, Target> targets = new TreeMap<>();
    private final long version;

    private Indicator(
            IndicatorId id,
            ObjectiveId objectiveId,
            DecreeId decreeId,
            IndicatorDefinition definition,
            Collection<Target> targets,
            long version) {
        this.id = InvalidValue.requirePresent(id, "id");
        this.objectiveId = InvalidValue.requirePresent(objectiveId, "objectiveId");
        this.decreeId = InvalidValue.requirePresent(decreeId, "decreeId");
        this.definition = InvalidValue.requirePresent(definition, "definition");
        targets.forEach(target -> this.targets.put(target.year(), target));
        this.version = version;
    }

    static Indicator define(Objective objective, IndicatorDefinition definition) {
        InvalidValue.requirePresent(definition, "definition").requireBaselineInRange();
        return new Indicator(IndicatorId.newId(), objective.id(), objective.decreeId(), definition, List.of(), 0);
    }

    /** Rebuilds a stored indicator. */
    public static Indicator restore(
            IndicatorId id,
            ObjectiveId objectiveId,
            DecreeId decreeId,
            IndicatorDefinition definition,
            Collection<Target> targets,
            long version) {
        return new Indicator(id, objectiveId, decreeId, definition, targets, version);
    }

    void revise(long expectedVersion, IndicatorDefinition newDefinition) {
        StaleVersion.check("indicator", id, expectedVersion, version);
        InvalidValue.requirePresent(newDefinition, "definition").requireBaselineInRange();
        for (Target target : targets.values()) {
            requireFits(newDefinition, target);
        }
        this.definition = newDefinition;
    }

    /** Sets the target of a year that has none yet; the year must lie in the plan period. */
    void setTarget(PlanPeriod period, Target target) {
        requireInPeriod(period, target);
        requireFits(definition, target);
        if (targets.containsKey(target.year())) {
            throw new ConflictingState(
                    "target.duplicate-year",
                    "year",
                    "indicator already has a target for " + target.year() + ": "
                            + targets.get(target.year()).display() + "; revise that target instead",
                    target.year().value(),
                    targets.get(target.year()).display());
        }
        targets.put(target.year(), target);
    }

    /** Replaces the target of a year that has one. */
    void reviseTarget(long expectedVersion, PlanPeriod period, Target target) {
        StaleVersion.check("indicator", id, expectedVersion, version);
        requireInPeriod(period, target);
        requireFits(definition, target);
        if (!targets.containsKey(target.year())) {
            throw new NotFound("target", target.year());
        }
        targets.put(target.year(), target);
    }

    private static void requireInPeriod(PlanPeriod period, Target target) {
        if (!period.covers(target.year())) {
            throw new RuleViolation(
                    "target.outside-period",
                    "year",
                    "a target for " + target.year() + " lies outside the plan period " + period.firstYear() + "–"
                            + period.lastYear(),
                    target.year().value(),
                    period.firstYear().value(),
                    period.lastYear().value());
        }
    }

    private static void requireFits(IndicatorDefinition definition, Target target) {
        boolean qualitative = target.value() instanceof TargetValue.Qualitative;
        if (qualitative != (definition.kind() == IndicatorKind.QUALITATIVE)) {
            throw new RuleViolation(
                    "target.kind-mismatch",
                    "value",
                    "a " + definition.kind() + " indicator cannot take the target '" + target.display() + "'",
                    definition.kind(),
                    target.display());
        }
        ValidRange range = definition.effectiveRange();
        if (target.value() instanceof TargetValue.Numeric numeric) {
            range.require(numeric.amount(), "value");
        } else if (target.value() instanceof TargetValue.Range bounds) {
            range.require(bounds.lower(), "lower");
            range.require(bounds.upper(), "upper");
        }
    }

    public IndicatorId id() {
        return id;
    }

    public ObjectiveId objectiveId() {
        return objectiveId;
    }

    public DecreeId decreeId() {
        return decreeId;
    }

    public IndicatorDefinition definition() {
        return definition;
    }

    /** The targets, by year. */
    public List<Target> targets() {
        return List.copyOf(targets.values());
    }

    public Optional<Target> targetFor(Year year) {
        return Optional.ofNullable(targets.get(year));
    }

    public long version() {
        return version;
    }
}
