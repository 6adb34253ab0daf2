package id.kinerja.domain.cascade;

import id.kinerja.domain.evaluation.EvaluateUnits;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ObjectiveEvaluation;
import id.kinerja.domain.evaluation.RatingScale;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.OrganizationUnits.UnitOutline;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pohon kinerja: the cascade from the top of the tree (the province) down — each unit with its objectives and
 * indicators in force for the year, their attainment, what below supports each of them, and where the chain
 * breaks: an objective of a unit with units under it that no objective or indicator of those units supports
 * (neither it nor one of its indicators). Reads a fixed number of times whatever the size of the province:
 * the outline, the evaluations of every unit at once ({@link EvaluateUnits}) and the links.
 */
public final class ReadCascade {
    private final OrganizationUnits units;
    private final EvaluateUnits evaluate;
    private final Supports supports;

    public ReadCascade(OrganizationUnits units, EvaluateUnits evaluate, Supports supports) {
        this.units = units;
        this.evaluate = evaluate;
        this.supports = supports;
    }

    /**
     * The cascade of a year.
     *
     * @param breaks how many objectives no unit below supports
     */
    public record Cascade(Year year, RatingScale scale, List<UnitNode> roots, int breaks) {
        public Cascade {
            roots = List.copyOf(roots);
        }
    }

    /** A unit: its year as evaluated, its objectives in the cascade, and the units under it. */
    public record UnitNode(UnitEvaluation evaluation, List<ObjectiveNode> objectives, List<UnitNode> children) {
        public UnitNode {
            objectives = List.copyOf(objectives);
            children = List.copyOf(children);
        }
    }

    /**
     * An objective in force: its score, what of the units below supports it, and its indicators.
     *
     * @param supports the parent unit's node it supports, if it names one in force
     * @param broken whether the unit has units under it and none of their nodes supports this objective or one of
     *     its indicators
     */
    public record ObjectiveNode(
            ObjectiveEvaluation evaluation,
            Optional<Linked> supports,
            List<Linked> supporters,
            List<IndicatorNode> indicators,
            boolean broken) {
        public ObjectiveNode {
            supporters = List.copyOf(supporters);
            indicators = List.copyOf(indicators);
        }
    }

    /** An indicator in force: its figures for the year, the parent node it supports, and its supporters. */
    public record IndicatorNode(IndicatorEvaluation evaluation, Optional<Linked> supports, List<Linked> supporters) {
        public IndicatorNode {
            supporters = List.copyOf(supporters);
        }
    }

    /**
     * A node on the other end of a link, with its unit and its evaluation: an objective's (then {@code indicator}
     * is null) or an indicator's (then {@code objective} is null).
     */
    public record Linked(
            CascadeNode node, String unitName, ObjectiveEvaluation objective, IndicatorEvaluation indicator) {}

    /**
     * @param root the unit the tree starts at; absent means every unit at the top of the tree
     */
    public Cascade of(Year year, Optional<OrganizationUnitId> root) {
        InvalidValue.requirePresent(year, "year");
        List<UnitOutline> outline = units.outline();
        Map<OrganizationUnitId, List<OrganizationUnitId>> children = new HashMap<>();
        List<OrganizationUnitId> tops = new ArrayList<>();
        Set<OrganizationUnitId> known = new LinkedHashSet<>();
        for (UnitOutline unit : outline) {
            known.add(unit.id());
            if (unit.parentId() == null) {
                tops.add(unit.id());
            } else {
                children.computeIfAbsent(unit.parentId(), key -> new ArrayList<>())
                        .add(unit.id());
            }
        }
        List<OrganizationUnitId> roots;
        if (root != null && root.isPresent()) {
            if (!known.contains(root.get())) {
                throw new NotFound("organization unit", root.get());
            }
            roots = List.of(root.get());
        } else {
            roots = tops;
        }
        Set<OrganizationUnitId> selected = new LinkedHashSet<>();
        List<OrganizationUnitId> next = new ArrayList<>(roots);
        while (!next.isEmpty()) {
            OrganizationUnitId unit = next.remove(next.size() - 1);
            if (selected.add(unit)) {
                next.addAll(children.getOrDefault(unit, List.of()));
            }
        }
        RatingScale scale = evaluate.defaultScale();
        Map<OrganizationUnitId, UnitEvaluation> evaluations = evaluate.ofYear(selected, year, scale);
        Map<UUID, Linked> inForce = new HashMap<>();
        evaluations
                .values()
                .forEach(unit -> unit.objectives().forEach(objective -> {
                    String name = unit.unit().profile().name();
                    inForce.put(
                            objective.objective().id().value(),
                            new Linked(CascadeNode.of(objective.objective().id()), name, objective, null));
                    objective
                            .indicators()
                            .forEach(indicator -> inForce.put(
                                    indicator.indicator().id().value(),
                                    new Linked(
                                            CascadeNode.of(indicator.indicator().id()), name, null, indicator)));
                }));
        Map<UUID, List<Linked>> supportersOf = new HashMap<>();
        Map<UUID, Linked> supportedBy = new HashMap<>();
        for (Support support : supports.ofUnits(selected)) {
            Linked supporter = inForce.get(support.supporter().id());
            Linked supported = inForce.get(support.supported().id());
            if (supporter != null && supported != null) {
                supportersOf
                        .computeIfAbsent(support.supported().id(), key -> new ArrayList<>())
                        .add(supporter);
                supportedBy.put(support.supporter().id(), supported);
            }
        }
        AtomicInteger breaks = new AtomicInteger();
        List<UnitNode> trees = new ArrayList<>();
        for (OrganizationUnitId top : roots) {
            trees.add(node(top, evaluations, children, supportersOf, supportedBy, breaks));
        }
        return new Cascade(year, scale, trees, breaks.get());
    }

    private static UnitNode node(
            OrganizationUnitId unit,
            Map<OrganizationUnitId, UnitEvaluation> evaluations,
            Map<OrganizationUnitId, List<OrganizationUnitId>> children,
            Map<UUID, List<Linked>> supportersOf,
            Map<UUID, Linked> supportedBy,
            AtomicInteger breaks) {
        UnitEvaluation evaluation = evaluations.get(unit);
        List<OrganizationUnitId> below = children.getOrDefault(unit, List.of());
        List<ObjectiveNode> objectives = new ArrayList<>();
        for (ObjectiveEvaluation objective : evaluation.objectives()) {
            UUID id = objective.objective().id().value();
            List<IndicatorNode> indicators = objective.indicators().stream()
                    .map(indicator -> new IndicatorNode(
                            indicator,
                            Optional.ofNullable(
                                    supportedBy.get(indicator.indicator().id().value())),
                            supportersOf.getOrDefault(indicator.indicator().id().value(), List.of())))
                    .toList();
            List<Linked> supporters = supportersOf.getOrDefault(id, List.of());
            boolean broken = !below.isEmpty()
                    && supporters.isEmpty()
                    && indicators.stream()
                            .allMatch(indicator -> indicator.supporters().isEmpty());
            if (broken) {
                breaks.incrementAndGet();
            }
            objectives.add(new ObjectiveNode(
                    objective, Optional.ofNullable(supportedBy.get(id)), supporters, indicators, broken));
        }
        List<UnitNode> nested = below.stream()
                .map(child -> node(child, evaluations, children, supportersOf, supportedBy, breaks))
                .toList();
        return new UnitNode(evaluation, objectives, nested);
    }
}
