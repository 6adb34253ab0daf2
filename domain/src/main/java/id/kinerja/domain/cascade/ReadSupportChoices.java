package id.kinerja.domain.cascade;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DecreeStatus;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the planner sees to draw a decree's cascade: each objective and indicator of the decree with the parent
 * unit's node it supports, and the parent unit's objectives and indicators it may name (those of the parent's
 * decrees that are not revoked). A fixed number of reads whatever the size of either decree.
 */
public final class ReadSupportChoices {
    private final Decrees decrees;
    private final Objectives objectives;
    private final Indicators indicators;
    private final OrganizationUnits units;
    private final Supports supports;

    public ReadSupportChoices(
            Decrees decrees, Objectives objectives, Indicators indicators, OrganizationUnits units, Supports supports) {
        this.decrees = decrees;
        this.objectives = objectives;
        this.indicators = indicators;
        this.units = units;
        this.supports = supports;
    }

    /**
     * A node of the decree with what it supports now.
     *
     * @param code the objective's or indicator's number, null when an indicator has none
     */
    public record Own(CascadeNode node, String code, String label, Optional<CascadeNode> supports) {}

    /** A node of the parent unit that may be named, with the decree that set it. */
    public record Choice(CascadeNode node, String decreeNumber, String code, String label) {}

    /**
     * @param parent the unit above the decree's unit; absent at the top of the tree, where nothing can be named
     */
    public record Choices(
            Decree decree,
            OrganizationUnit unit,
            Optional<OrganizationUnit> parent,
            List<Own> own,
            List<Choice> choices) {
        public Choices {
            own = List.copyOf(own);
            choices = List.copyOf(choices);
        }
    }

    public Choices ofDecree(DecreeId decreeId) {
        Decree decree = decrees.get(decreeId);
        OrganizationUnit unit = units.get(decree.issuingUnitId());
        Map<UUID, CascadeNode> linked = new HashMap<>();
        supports.ofUnits(List.of(unit.id()))
                .forEach(support -> linked.put(support.supporter().id(), support.supported()));
        List<Own> own = new ArrayList<>();
        List<Indicator> ofDecree = indicators.ofDecree(decreeId);
        for (Objective objective : objectives.ofDecree(decreeId)) {
            own.add(new Own(
                    CascadeNode.of(objective.id()),
                    objective.code(),
                    objective.statement(),
                    Optional.ofNullable(linked.get(objective.id().value()))));
            ofDecree.stream()
                    .filter(indicator -> indicator.objectiveId().equals(objective.id()))
                    .forEach(indicator -> own.add(new Own(
                            CascadeNode.of(indicator.id()),
                            indicator.definition().code(),
                            indicator.definition().name(),
                            Optional.ofNullable(linked.get(indicator.id().value())))));
        }
        Optional<OrganizationUnit> parent = unit.parentId().map(units::get);
        List<Choice> choices = new ArrayList<>();
        if (parent.isPresent()) {
            List<Objective> parentObjectives = objectives.ofUnit(parent.get().id());
            Set<DecreeId> parentDecreeIds = parentObjectives.stream()
                    .map(Objective::decreeId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            Map<DecreeId, Decree> parentDecrees = decrees.findAll(parentDecreeIds).stream()
                    .filter(found -> found.status() != DecreeStatus.REVOKED)
                    .collect(Collectors.toMap(Decree::id, Function.identity()));
            List<Indicator> parentIndicators = indicators.ofDecrees(parentDecrees.keySet());
            for (Objective objective : parentObjectives) {
                Decree setBy = parentDecrees.get(objective.decreeId());
                if (setBy == null) {
                    continue;
                }
                String number = setBy.content().number().value();
                choices.add(
                        new Choice(CascadeNode.of(objective.id()), number, objective.code(), objective.statement()));
                parentIndicators.stream()
                        .filter(indicator -> indicator.objectiveId().equals(objective.id()))
                        .forEach(indicator -> choices.add(new Choice(
                                CascadeNode.of(indicator.id()),
                                number,
                                indicator.definition().code(),
                                indicator.definition().name())));
            }
        }
        return new Choices(decree, unit, parent, own, choices);
    }
}
