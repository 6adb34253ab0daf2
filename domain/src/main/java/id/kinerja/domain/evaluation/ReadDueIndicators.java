package id.kinerja.domain.evaluation;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.UnitAssignments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Yang harus diisi: the indicators of an evaluator's units whose year has no complete realization yet, by the
 * decree in force that year in each unit (as {@link EvaluateAttainment} chooses it). A fixed number of reads
 * however many units the evaluator has: assignments, objectives, decrees, plans, indicators, realizations
 * and unit names, each in one go.
 */
public final class ReadDueIndicators {
    private final UnitAssignments assignments;
    private final OrganizationUnits units;
    private final Objectives objectives;
    private final Decrees decrees;
    private final PlanPeriods periods;
    private final Indicators indicators;
    private final Realizations realizations;

    public ReadDueIndicators(
            UnitAssignments assignments,
            OrganizationUnits units,
            Objectives objectives,
            Decrees decrees,
            PlanPeriods periods,
            Indicators indicators,
            Realizations realizations) {
        this.assignments = assignments;
        this.units = units;
        this.objectives = objectives;
        this.decrees = decrees;
        this.periods = periods;
        this.indicators = indicators;
        this.realizations = realizations;
    }

    /**
     * An indicator still to fill for the year.
     *
     * @param value {@link YearlyValue.Missing} when nothing was recorded, {@link YearlyValue.Incomplete} when
     *     the year cannot be made from what was recorded yet
     */
    public record DueIndicator(
            IndicatorId indicatorId,
            String indicatorName,
            OrganizationUnitId unitId,
            String unitName,
            Year year,
            YearlyValue value) {}

    /** One page of what is due, by unit name then objective and indicator code; the total counts them all. */
    public Page<DueIndicator> of(String username, Year year, PageRequest page) {
        InvalidValue.requirePresent(year, "year");
        Set<OrganizationUnitId> unitIds = assignments.unitsOf(username);
        if (unitIds.isEmpty()) {
            return new Page<>(List.of(), page, 0);
        }
        List<Objective> all = objectives.ofUnits(unitIds);
        Map<DecreeId, Decree> decreesById = all.isEmpty()
                ? Map.of()
                : decrees
                        .findAll(
                                all.stream().map(Objective::decreeId).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(Decree::id, Function.identity()));
        Map<PlanPeriodId, PlanPeriod> plans = all.isEmpty()
                ? Map.of()
                : periods
                        .findAll(all.stream()
                                .map(Objective::planPeriodId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(PlanPeriod::id, Function.identity()));
        Map<OrganizationUnitId, Map<DecreeId, List<Objective>>> byUnit = all.stream()
                .collect(Collectors.groupingBy(
                        Objective::unitId,
                        Collectors.groupingBy(Objective::decreeId, LinkedHashMap::new, Collectors.toList())));
        Map<ObjectiveId, Objective> evaluatedObjectives = new LinkedHashMap<>();
        byUnit.values()
                .forEach(byDecree -> EvaluateAttainment.inForce(byDecree, decreesById::get, plans::get, year)
                        .ifPresent(decree -> byDecree.get(decree.id())
                                .forEach(objective -> evaluatedObjectives.put(objective.id(), objective))));
        Set<DecreeId> inForce =
                evaluatedObjectives.values().stream().map(Objective::decreeId).collect(Collectors.toSet());
        List<Indicator> evaluated = inForce.isEmpty()
                ? List.of()
                : indicators.ofDecrees(inForce).stream()
                        .filter(indicator -> evaluatedObjectives.containsKey(indicator.objectiveId()))
                        .toList();
        Map<IndicatorId, List<Realization>> ofTheYear = evaluated.isEmpty()
                ? Map.of()
                : realizations.currentOf(evaluated.stream().map(Indicator::id).toList(), year).stream()
                        .filter(realization -> realization.year().equals(year))
                        .collect(Collectors.groupingBy(Realization::indicatorId));
        Map<OrganizationUnitId, String> unitNames = units.findAll(unitIds).stream()
                .collect(Collectors.toMap(
                        OrganizationUnit::id, unit -> unit.profile().name()));
        List<Due> due = new ArrayList<>();
        for (Indicator indicator : evaluated) {
            YearlyValue value =
                    YearlyValue.of(indicator.definition(), ofTheYear.getOrDefault(indicator.id(), List.of()));
            if (value instanceof YearlyValue.Known) {
                continue;
            }
            Objective objective = evaluatedObjectives.get(indicator.objectiveId());
            due.add(new Due(
                    new DueIndicator(
                            indicator.id(),
                            indicator.definition().name(),
                            objective.unitId(),
                            unitNames.getOrDefault(objective.unitId(), "—"),
                            year,
                            value),
                    String.valueOf(objective.code()),
                    String.valueOf(indicator.definition().code())));
        }
        due.sort(Comparator.comparing((Due d) -> d.indicator().unitName())
                .thenComparing(d -> d.indicator().unitId().value())
                .thenComparing(Due::objectiveCode)
                .thenComparing(Due::indicatorCode)
                .thenComparing(d -> d.indicator().indicatorId().value()));
        return new Page<>(
                due.stream()
                        .skip(page.offset())
                        .limit(page.size())
                        .map(Due::indicator)
                        .toList(),
                page,
                due.size());
    }

    private record Due(DueIndicator indicator, String objectiveCode, String indicatorCode) {}
}
