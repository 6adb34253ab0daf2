package id.kinerja.domain.evaluation;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DecreeStatus;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.UnitScoreRule;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.Explanation;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Year;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Capaian kinerja: evaluates a unit's year, or one indicator across the years of its plan. Reads a fixed
 * number of times whatever the number of indicators: the objectives, the decree, the indicators with their
 * targets, and every realization needed, each in one read.
 */
public final class EvaluateAttainment {
    private final OrganizationUnits units;
    private final Decrees decrees;
    private final Objectives objectives;
    private final PlanPeriods periods;
    private final Indicators indicators;
    private final Realizations realizations;
    private final YearClosures closures;
    private final RatingScales scales;
    private final AgreedTargets agreed;

    /** Evaluates against the IKU targets only: no unit has a Perjanjian Kinerja. */
    public EvaluateAttainment(
            OrganizationUnits units,
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            Realizations realizations,
            YearClosures closures,
            RatingScales scales) {
        this(units, decrees, objectives, periods, indicators, realizations, closures, scales, AgreedTargets.NONE);
    }

    /** Evaluates against the signed Perjanjian Kinerja's targets by default, where a unit has signed one. */
    public EvaluateAttainment(
            OrganizationUnits units,
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            Realizations realizations,
            YearClosures closures,
            RatingScales scales,
            AgreedTargets agreed) {
        this.agreed = agreed;
        this.units = units;
        this.decrees = decrees;
        this.objectives = objectives;
        this.periods = periods;
        this.indicators = indicators;
        this.realizations = realizations;
        this.closures = closures;
        this.scales = scales;
    }

    /** An indicator across the years of its plan period, the earliest first. */
    public record IndicatorHistory(Indicator indicator, Objective objective, PlanPeriod plan, List<YearFigure> years) {
        public IndicatorHistory {
            years = List.copyOf(years);
        }
    }

    /**
     * The unit's evaluation for the year, by the decree in force in it: of the unit's enacted (or since
     * superseded) decrees whose plan covers the year, the one that took effect last, by the year's end.
     *
     * @param scaleName the rating scale; absent means Permendagri 86/2017
     */
    public UnitEvaluation ofUnit(OrganizationUnitId unitId, Year year, AttainmentCap cap, String scaleName) {
        return ofUnit(unitId, year, cap, scaleName, null);
    }

    /**
     * The unit's evaluation for the year against the targets of the basis asked for.
     *
     * @param basis the signed PK's or the IKU's targets; absent means the PK's where a version is signed, else
     *     the IKU's. The PK asked for where none is signed is refused.
     */
    public UnitEvaluation ofUnit(
            OrganizationUnitId unitId, Year year, AttainmentCap cap, String scaleName, TargetBasis basis) {
        return ofUnit(unitId, year, cap, scaleName, basis, Optional.empty());
    }

    /**
     * The unit's evaluation for the year as it stood at the end of a past day (ADR 0031), or now: only the reads
     * change — the realizations verified by then, the PK signed by then, the decrees in force then — and the
     * figures are computed by the same code as today's. Never kept by {@link RememberedAttainment}.
     *
     * @param asOf the day; absent means the present
     */
    public UnitEvaluation ofUnit(
            OrganizationUnitId unitId,
            Year year,
            AttainmentCap cap,
            String scaleName,
            TargetBasis basis,
            Optional<AsOf> asOf) {
        InvalidValue.requirePresent(year, "year");
        OrganizationUnit unit = units.get(unitId);
        // asked for the IKU, the agreement is not even read
        Optional<AgreedTargets.SignedTargets> signed = basis == TargetBasis.IKU
                ? Optional.empty()
                : asOf.isPresent() ? agreed.signedAsOf(unitId, year, asOf.get().day()) : agreed.signedFor(unitId, year);
        java.util.function.BiFunction<List<IndicatorId>, Year, List<Realization>> realized = asOf.isPresent()
                ? (ids, upTo) -> realizations.verifiedAsOf(ids, upTo, asOf.get().end())
                : realizations::currentOf;
        RatingScale scale = scale(scaleName);
        Map<DecreeId, List<Objective>> byDecree = objectives.ofUnit(unitId).stream()
                .collect(Collectors.groupingBy(Objective::decreeId, LinkedHashMap::new, Collectors.toList()));
        Map<PlanPeriodId, PlanPeriod> plans = new HashMap<>();
        return evaluate(
                unit,
                year,
                byDecree,
                new UnitReads(
                        decrees::get,
                        planId -> plans.computeIfAbsent(planId, periods::get),
                        indicators::ofDecree,
                        realized,
                        closures.of(unitId, year),
                        asOf),
                cap,
                scale,
                signed,
                basis);
    }

    /**
     * Where {@link #evaluate} gets what it reads beyond the unit and its objectives: one unit's reads go to
     * the ports, a recap of many units answers them from what it read for all units at once.
     *
     * @param asOf the past day the reads stand as of (the realizations read are those verified by then); absent
     *     for the present
     */
    record UnitReads(
            Function<DecreeId, Decree> decree,
            Function<PlanPeriodId, PlanPeriod> plan,
            Function<DecreeId, List<Indicator>> indicatorsOfDecree,
            java.util.function.BiFunction<List<IndicatorId>, Year, List<Realization>> realizationsUpTo,
            YearClosure closure,
            Optional<AsOf> asOf) {
        /** The reads of the present. */
        UnitReads(
                Function<DecreeId, Decree> decree,
                Function<PlanPeriodId, PlanPeriod> plan,
                Function<DecreeId, List<Indicator>> indicatorsOfDecree,
                java.util.function.BiFunction<List<IndicatorId>, Year, List<Realization>> realizationsUpTo,
                YearClosure closure) {
            this(decree, plan, indicatorsOfDecree, realizationsUpTo, closure, Optional.empty());
        }
    }

    /**
     * The targets a year is measured against, and how the evaluation names them: the one rule every reader of
     * attainment follows (the unit's page, the recap, the public page, the cascade, the LKjIP — ADR 0024, ADR
     * 0036). Without a basis asked for, the signed PK's where one exists, else the IKU's.
     *
     * @param agreed the PK's targets by indicator; null when the IKU's apply
     */
    record TargetChoice(Map<IndicatorId, Target> agreed, TargetSource source) {
        static TargetChoice of(Optional<AgreedTargets.SignedTargets> signed, TargetBasis requested, Year year) {
            if (requested == TargetBasis.AGREEMENT && signed.isEmpty()) {
                throw new id.kinerja.domain.shared.ConflictingState(
                        "attainment.no-signed-agreement",
                        "basis",
                        "the unit has no signed Perjanjian Kinerja for " + year,
                        year.value());
            }
            boolean asked = requested != null;
            if (requested == TargetBasis.IKU || signed.isEmpty()) {
                return new TargetChoice(
                        null, new TargetSource(TargetBasis.IKU, Optional.empty(), Optional.empty(), asked));
            }
            AgreedTargets.SignedTargets pk = signed.get();
            return new TargetChoice(
                    pk.targets(),
                    new TargetSource(
                            TargetBasis.AGREEMENT, Optional.of(pk.version()), Optional.of(pk.signedOn()), asked));
        }
    }

    /**
     * The unit's year by the decree in force, from its objectives grouped by the decree that set them, against
     * the targets {@link TargetChoice} picks.
     *
     * @param signed the unit's signed PK for the year, if any
     * @param requested the basis asked for; null for the default
     */
    static UnitEvaluation evaluate(
            OrganizationUnit unit,
            Year year,
            Map<DecreeId, List<Objective>> byDecree,
            UnitReads reads,
            AttainmentCap cap,
            RatingScale scale,
            Optional<AgreedTargets.SignedTargets> signed,
            TargetBasis requested) {
        TargetChoice choice = TargetChoice.of(signed, requested, year);
        Map<IndicatorId, Target> agreedTargets = choice.agreed();
        TargetSource source = choice.source();
        AttainmentCap chosenCap = cap == null ? AttainmentCap.NONE : cap;
        Optional<AsOf> asOf = reads.asOf();
        Optional<java.time.LocalDate> day = asOf.map(AsOf::day);
        Optional<Decree> inForce = inForce(
                byDecree,
                reads.decree(),
                reads.plan(),
                year,
                asOf.<java.util.function.Predicate<Decree>>map(past -> past::inForce)
                        .orElse(EvaluateAttainment::inForceNow));
        YearClosure closure = reads.closure();
        if (inForce.isEmpty()) {
            return new UnitEvaluation(
                    unit,
                    year,
                    inForce,
                    scale,
                    List.of(),
                    AttainmentScore.of(List.of(), chosenCap, scale),
                    closure,
                    source,
                    day);
        }
        List<Objective> unitObjectives = byDecree.get(inForce.get().id());
        Set<ObjectiveId> objectiveIds =
                unitObjectives.stream().map(Objective::id).collect(Collectors.toSet());
        List<Indicator> evaluated = reads
                .indicatorsOfDecree()
                .apply(inForce.get().id())
                .stream()
                .filter(indicator -> objectiveIds.contains(indicator.objectiveId()))
                .toList();
        Map<IndicatorId, List<Realization>> realized =
                reads
                        .realizationsUpTo()
                        .apply(evaluated.stream().map(Indicator::id).toList(), year)
                        .stream()
                        .collect(Collectors.groupingBy(Realization::indicatorId));
        List<ObjectiveEvaluation> objectiveEvaluations = new ArrayList<>();
        List<Attainment> all = new ArrayList<>();
        for (Objective objective : unitObjectives) {
            PlanPeriod plan = reads.plan().apply(objective.planPeriodId());
            List<IndicatorEvaluation> ofObjective = evaluated.stream()
                    .filter(indicator -> indicator.objectiveId().equals(objective.id()))
                    .map(indicator -> evaluate(
                            indicator,
                            plan,
                            year,
                            agreedTargets == null
                                    ? indicator.targetFor(year)
                                    : Optional.ofNullable(agreedTargets.get(indicator.id())),
                            realized.getOrDefault(indicator.id(), List.of()),
                            scale))
                    // as of a day, what had nothing verified by then says so (the figure itself is unchanged)
                    .map(evaluation ->
                            asOf.map(past -> past.restate(evaluation)).orElse(evaluation))
                    .toList();
            List<Attainment> attainments = ofObjective.stream()
                    .map(evaluation -> evaluation.year().attainment())
                    .toList();
            all.addAll(attainments);
            objectiveEvaluations.add(
                    new ObjectiveEvaluation(objective, ofObjective, AttainmentScore.of(attainments, chosenCap, scale)));
        }
        AttainmentScore unitScore = unit.profile().scoreRule() == UnitScoreRule.MEAN_OF_OBJECTIVES
                ? AttainmentScore.ofObjectives(
                        objectiveEvaluations.stream()
                                .map(ObjectiveEvaluation::score)
                                .toList(),
                        chosenCap,
                        scale)
                : AttainmentScore.of(all, chosenCap, scale);
        return new UnitEvaluation(unit, year, inForce, scale, objectiveEvaluations, unitScore, closure, source, day);
    }

    /**
     * Of the decrees that set these objectives, the one in force in the year: enacted (or since superseded),
     * effective by the year's end, with a plan covering the year, the one that took effect last.
     */
    static Optional<Decree> inForce(
            Map<DecreeId, List<Objective>> byDecree,
            Function<DecreeId, Decree> decrees,
            Function<PlanPeriodId, PlanPeriod> plans,
            Year year) {
        return inForce(byDecree, decrees, plans, year, EvaluateAttainment::inForceNow);
    }

    /** Enacted, or enacted and since superseded (still the decree of the years before its successor's). */
    private static boolean inForceNow(Decree decree) {
        return decree.status() == DecreeStatus.ENACTED || decree.status() == DecreeStatus.SUPERSEDED;
    }

    /**
     * As {@link #inForce(Map, Function, Function, Year)}, with the decrees counted as enacted chosen by {@code
     * enacted}: by their status now, or by their dates on a past day (ADR 0031).
     */
    static Optional<Decree> inForce(
            Map<DecreeId, List<Objective>> byDecree,
            Function<DecreeId, Decree> decrees,
            Function<PlanPeriodId, PlanPeriod> plans,
            Year year,
            java.util.function.Predicate<Decree> enacted) {
        return byDecree.keySet().stream()
                .map(decrees)
                .filter(java.util.Objects::nonNull)
                .filter(enacted)
                .filter(decree -> decree.effectiveDate().orElse(LocalDate.MIN).getYear() <= year.value())
                .filter(decree -> byDecree.get(decree.id()).stream().anyMatch(objective -> {
                    PlanPeriod plan = plans.apply(objective.planPeriodId());
                    return plan != null && plan.covers(year);
                }))
                .max(Comparator.comparing(decree -> decree.effectiveDate().orElse(LocalDate.MIN)));
    }

    public IndicatorHistory ofIndicator(IndicatorId id, String scaleName) {
        Indicator indicator = indicators.get(id);
        RatingScale scale = scale(scaleName);
        Objective objective = objectives.get(indicator.objectiveId());
        PlanPeriod plan = periods.get(objective.planPeriodId());
        List<Realization> realized = realizations.currentOf(List.of(id), plan.lastYear());
        List<YearFigure> years = plan.years()
                .map(year -> figure(indicator, plan, year, ofYear(realized, year), scale))
                .toList();
        return new IndicatorHistory(indicator, objective, plan, years);
    }

    RatingScale scale(String name) {
        if (name == null || name.isBlank()) {
            return scales.find(RatingScale.PERMENDAGRI_86_2017.name()).orElse(RatingScale.PERMENDAGRI_86_2017);
        }
        return scales.find(Text.line(name, "scale", 200))
                .orElseThrow(() -> new id.kinerja.domain.shared.NotFound("rating scale", name));
    }

    private static List<Realization> ofYear(List<Realization> realized, Year year) {
        return realized.stream()
                .filter(realization -> realization.year().equals(year))
                .toList();
    }

    static IndicatorEvaluation evaluate(
            Indicator indicator, PlanPeriod plan, Year year, List<Realization> realized, RatingScale scale) {
        return evaluate(indicator, plan, year, indicator.targetFor(year), realized, scale);
    }

    /** The year measured against {@code target} (the IKU's or the signed PK's); earlier years against the IKU. */
    static IndicatorEvaluation evaluate(
            Indicator indicator,
            PlanPeriod plan,
            Year year,
            Optional<Target> target,
            List<Realization> realized,
            RatingScale scale) {
        YearFigure current = figure(indicator, plan, year, target, ofYear(realized, year), scale);
        List<YearFigure> previous = plan.years()
                .filter(earlier -> earlier.compareTo(year) < 0)
                .map(earlier -> figure(indicator, plan, earlier, ofYear(realized, earlier), scale))
                .toList();
        Optional<IndicatorEvaluation.EndOfPlan> endOfPlan = indicator
                .targetFor(plan.lastYear())
                .map(last ->
                        new IndicatorEvaluation.EndOfPlan(last, attain(indicator, Optional.of(last), current.value())));
        return new IndicatorEvaluation(indicator, current, previous, endOfPlan);
    }

    static YearFigure figure(
            Indicator indicator, PlanPeriod plan, Year year, List<Realization> ofTheYear, RatingScale scale) {
        return figure(indicator, plan, year, indicator.targetFor(year), ofTheYear, scale);
    }

    static YearFigure figure(
            Indicator indicator,
            PlanPeriod plan,
            Year year,
            Optional<Target> target,
            List<Realization> ofTheYear,
            RatingScale scale) {
        YearlyValue value = YearlyValue.of(indicator.definition(), ofTheYear);
        Attainment attainment = plan.covers(year)
                ? attain(indicator, target, value)
                : new Attainment.NotApplicable(Explanation.of("attainment.outside-plan-period", year.value()));
        Optional<String> rating = attainment instanceof Attainment.Computed computed
                ? Optional.of(scale.rate(computed.percent()))
                : Optional.empty();
        return new YearFigure(
                year,
                target,
                ofTheYear,
                value,
                attainment,
                rating,
                CategoryCheck.of(indicator.definition(), year, target, value));
    }

    private static Attainment attain(Indicator indicator, Optional<Target> target, YearlyValue value) {
        if (target.isEmpty()) {
            return new Attainment.NotApplicable(Explanation.of("attainment.no-target"));
        }
        if (value instanceof YearlyValue.Missing missing) {
            return new Attainment.NotFilled(missing.explanation());
        }
        if (value instanceof YearlyValue.Incomplete incomplete) {
            return new Attainment.NotComputable(
                    incomplete.reasonCode(), incomplete.arguments(), incomplete.explanation());
        }
        YearlyValue.Known known = (YearlyValue.Known) value;
        AttainmentRule rule = new AttainmentRule(
                indicator.definition().polarity(), indicator.definition().lowerIsBetterRule());
        TargetValue promised = target.get().value();
        if (promised instanceof TargetValue.Qualitative qualitative && known.text() != null) {
            return rule.evaluate(qualitative, known.text());
        }
        if (!(promised instanceof TargetValue.Qualitative) && known.amount() != null) {
            return rule.evaluate(promised, known.amount());
        }
        return new Attainment.NotComputable(
                "attainment.value-kind",
                List.of(),
                Explanation.of(
                        known.amount() == null ? "attainment.value-kind.words" : "attainment.value-kind.number",
                        promised.display()));
    }
}
