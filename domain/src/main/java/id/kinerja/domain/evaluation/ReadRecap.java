package id.kinerja.domain.evaluation;

import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.OrganizationUnits.UnitOutline;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rekapitulasi capaian: every unit's year side by side, each evaluated by the same engine as its own page
 * ({@link EvaluateAttainment}). Whatever the number of units and indicators it reads a fixed number of times:
 * the tree, the units, their objectives, the decrees and plans those name, the indicators of the decrees in
 * force, their realizations, the year's closures and the scale — and evaluates in memory.
 */
public final class ReadRecap {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final OrganizationUnits units;
    private final EvaluateUnits evaluate;

    /** Evaluates against the IKU targets only: no unit has a Perjanjian Kinerja. */
    public ReadRecap(
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

    /** Measures each unit against the signed PK's targets where one exists, as the unit's own page does. */
    public ReadRecap(
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
        this.evaluate = new EvaluateUnits(
                units, decrees, objectives, periods, indicators, realizations, closures, scales, agreed);
    }

    /**
     * Which units, in which order.
     *
     * @param under absent for every unit; otherwise only the units below this one, at any depth
     * @param order what to sort by; absent means by name
     */
    public record RecapQuery(Year year, Optional<OrganizationUnitId> under, RecapOrder order, boolean descending) {
        public RecapQuery {
            InvalidValue.requirePresent(year, "year");
            under = under == null ? Optional.empty() : under;
            order = order == null ? RecapOrder.NAME : order;
        }
    }

    /** The recap of a year: the scale its ratings come from and the units' lines. */
    public record Recap<T>(Year year, RatingScale scale, T units) {}

    /** One page of the recap, with the total number of units the query selects. */
    public Recap<Page<UnitRecap>> page(RecapQuery query, PageRequest page) {
        Recap<List<UnitRecap>> all = all(query);
        List<UnitRecap> lines = all.units();
        List<UnitRecap> slice =
                lines.stream().skip(page.offset()).limit(page.size()).toList();
        return new Recap<>(all.year(), all.scale(), new Page<>(slice, page, lines.size()));
    }

    /** Every unit the query selects, in its order: what an export holds. */
    public Recap<List<UnitRecap>> all(RecapQuery query) {
        Year year = query.year();
        RatingScale scale = evaluate.defaultScale();
        List<UnitOutline> outline = units.outline();
        Map<OrganizationUnitId, UnitOutline> byId =
                outline.stream().collect(Collectors.toMap(UnitOutline::id, Function.identity()));
        Set<OrganizationUnitId> selected =
                query.under().map(parent -> below(parent, outline, byId)).orElseGet(() -> byId.keySet());
        if (selected.isEmpty()) {
            return new Recap<>(year, scale, List.of());
        }
        List<UnitRecap> lines = new ArrayList<>();
        for (UnitEvaluation evaluation : evaluate.ofYear(selected, year, scale).values()) {
            UnitOutline place = byId.get(evaluation.unit().id());
            UnitOutline parent = place.parentId() == null ? null : byId.get(place.parentId());
            lines.add(line(evaluation, parent, scale));
        }
        lines.sort(query.order().comparator(query.descending()));
        return new Recap<>(year, scale, List.copyOf(lines));
    }

    /** The units below the parent at any depth, walked over the outline read once. */
    private static Set<OrganizationUnitId> below(
            OrganizationUnitId parent, List<UnitOutline> outline, Map<OrganizationUnitId, UnitOutline> byId) {
        if (!byId.containsKey(parent)) {
            throw new NotFound("organization unit", parent);
        }
        Map<OrganizationUnitId, List<OrganizationUnitId>> children = new HashMap<>();
        outline.stream()
                .filter(unit -> unit.parentId() != null)
                .forEach(unit -> children.computeIfAbsent(unit.parentId(), key -> new ArrayList<>())
                        .add(unit.id()));
        Set<OrganizationUnitId> found = new HashSet<>();
        Deque<OrganizationUnitId> next = new ArrayDeque<>(children.getOrDefault(parent, List.of()));
        while (!next.isEmpty()) {
            OrganizationUnitId unit = next.pop();
            if (found.add(unit)) {
                next.addAll(children.getOrDefault(unit, List.of()));
            }
        }
        return found;
    }

    static UnitRecap line(UnitEvaluation evaluation, UnitOutline parent, RatingScale scale) {
        int met = 0;
        int notMet = 0;
        int notFilled = 0;
        int notComputable = 0;
        int notApplicable = 0;
        int waiting = 0;
        int count = 0;
        Map<String, Integer> ratings = new LinkedHashMap<>();
        scale.bands().forEach(band -> ratings.put(band.label(), 0));
        for (ObjectiveEvaluation objective : evaluation.objectives()) {
            for (IndicatorEvaluation indicator : objective.indicators()) {
                count++;
                YearFigure figure = indicator.year();
                Attainment attainment = figure.attainment();
                if (attainment instanceof Attainment.Computed computed) {
                    if (computed.exact().compareTo(HUNDRED) >= 0) {
                        met++;
                    } else {
                        notMet++;
                    }
                } else if (attainment instanceof Attainment.Qualitative qualitative) {
                    if (qualitative.achieved()) {
                        met++;
                    } else {
                        notMet++;
                    }
                } else if (attainment instanceof Attainment.NotFilled) {
                    notFilled++;
                } else if (attainment instanceof Attainment.NotApplicable) {
                    notApplicable++;
                } else {
                    notComputable++;
                }
                figure.rating().ifPresent(label -> ratings.merge(label, 1, Integer::sum));
                waiting += (int) figure.periods().stream()
                        .filter(realization -> realization.status() == ReviewStatus.SUBMITTED)
                        .count();
            }
        }
        return new UnitRecap(
                evaluation.unit().id(),
                evaluation.unit().profile().name(),
                parent == null ? null : parent.id(),
                parent == null ? null : parent.name(),
                evaluation.decree().isPresent(),
                evaluation.score(),
                count,
                met,
                notMet,
                notFilled,
                notComputable,
                notApplicable,
                ratings.entrySet().stream()
                        .map(entry -> new UnitRecap.RatingCount(entry.getKey(), entry.getValue()))
                        .toList(),
                waiting,
                evaluation.closure().closed(),
                evaluation.targetSource());
    }
}
