package id.kinerja.domain.evaluation;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Capaian of many units at once: each unit's year evaluated by the same engine as its own page
 * ({@link EvaluateAttainment}), against the same targets (the signed PK's where one exists), after reading a
 * fixed number of times whatever the number of units and indicators — the units, their objectives, the decrees
 * and plans those name, the indicators of the decrees in force, their realizations, the year's closures and
 * the signed agreements. What the recap and the cascade read.
 */
public final class EvaluateUnits {
    private final OrganizationUnits units;
    private final Decrees decrees;
    private final Objectives objectives;
    private final PlanPeriods periods;
    private final Indicators indicators;
    private final Realizations realizations;
    private final YearClosures closures;
    private final RatingScales scales;
    private final AgreedTargets agreed;

    public EvaluateUnits(
            OrganizationUnits units,
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            Realizations realizations,
            YearClosures closures,
            RatingScales scales,
            AgreedTargets agreed) {
        this.units = units;
        this.decrees = decrees;
        this.objectives = objectives;
        this.periods = periods;
        this.indicators = indicators;
        this.realizations = realizations;
        this.closures = closures;
        this.scales = scales;
        this.agreed = agreed;
    }

    /** The scale a reader of many units rates by: Permendagri 86/2017 as stored, or built in. */
    public RatingScale defaultScale() {
        return scales.find(RatingScale.PERMENDAGRI_86_2017.name()).orElse(RatingScale.PERMENDAGRI_86_2017);
    }

    /** The year of each of these units that exists, by unit, in the order the units were read. */
    public Map<OrganizationUnitId, UnitEvaluation> ofYear(
            Collection<OrganizationUnitId> selected, Year year, RatingScale scale) {
        Map<OrganizationUnitId, UnitEvaluation> evaluated = new LinkedHashMap<>();
        if (selected.isEmpty()) {
            return evaluated;
        }
        List<OrganizationUnit> chosen = units.findAll(selected);
        Map<OrganizationUnitId, Map<DecreeId, List<Objective>>> objectivesByUnit = objectives.ofUnits(selected).stream()
                .collect(Collectors.groupingBy(
                        Objective::unitId,
                        Collectors.groupingBy(Objective::decreeId, LinkedHashMap::new, Collectors.toList())));
        Set<DecreeId> decreeIds = new HashSet<>();
        Set<PlanPeriodId> planIds = new HashSet<>();
        objectivesByUnit
                .values()
                .forEach(byDecree -> byDecree.forEach((decree, list) -> {
                    decreeIds.add(decree);
                    list.forEach(objective -> planIds.add(objective.planPeriodId()));
                }));
        Map<DecreeId, Decree> decreeById =
                decrees.findAll(decreeIds).stream().collect(Collectors.toMap(Decree::id, Function.identity()));
        Map<PlanPeriodId, PlanPeriod> planById =
                periods.findAll(planIds).stream().collect(Collectors.toMap(PlanPeriod::id, Function.identity()));
        List<DecreeId> inForce = objectivesByUnit.values().stream()
                .map(byDecree -> EvaluateAttainment.inForce(byDecree, decreeById::get, planById::get, year))
                .flatMap(Optional::stream)
                .map(Decree::id)
                .toList();
        Map<DecreeId, List<Indicator>> indicatorsByDecree =
                indicators.ofDecrees(inForce).stream().collect(Collectors.groupingBy(Indicator::decreeId));
        List<IndicatorId> indicatorIds = indicatorsByDecree.values().stream()
                .flatMap(Collection::stream)
                .map(Indicator::id)
                .toList();
        Map<IndicatorId, List<Realization>> realizedByIndicator = realizations.currentOf(indicatorIds, year).stream()
                .collect(Collectors.groupingBy(Realization::indicatorId));
        Map<OrganizationUnitId, YearClosure> closureByUnit =
                closures.ofYear(year).stream().collect(Collectors.toMap(YearClosure::unitId, Function.identity()));
        Map<OrganizationUnitId, AgreedTargets.SignedTargets> signedByUnit = agreed.signedFor(selected, year);
        for (OrganizationUnit unit : chosen) {
            evaluated.put(
                    unit.id(),
                    EvaluateAttainment.evaluate(
                            unit,
                            year,
                            objectivesByUnit.getOrDefault(unit.id(), Map.of()),
                            new EvaluateAttainment.UnitReads(
                                    decreeById::get,
                                    planById::get,
                                    decree -> indicatorsByDecree.getOrDefault(decree, List.of()),
                                    (ids, upTo) -> ids.stream()
                                            .flatMap(id -> realizedByIndicator.getOrDefault(id, List.of()).stream())
                                            .toList(),
                                    closureByUnit.getOrDefault(unit.id(), YearClosure.open(unit.id(), year))),
                            null,
                            scale,
                            Optional.ofNullable(signedByUnit.get(unit.id())),
                            null));
        }
        return evaluated;
    }
}
