package id.kinerja.domain.cascade;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Transactions;
import java.time.Clock;
import java.util.Optional;

/**
 * Names (or clears) the node of the parent unit that an objective or indicator supports. Only a node of the
 * supporter's own parent unit may be named, and only by a planner of the supporter's unit (ADR 0020): the
 * cascade is drawn from below, by those who plan the unit that commits to it.
 */
public final class SetSupport {
    private final Supports supports;
    private final Objectives objectives;
    private final Indicators indicators;
    private final OrganizationUnits units;
    private final UnitStewards stewards;
    private final Transactions transactions;
    private final Clock clock;

    public SetSupport(
            Supports supports,
            Objectives objectives,
            Indicators indicators,
            OrganizationUnits units,
            UnitStewards stewards,
            Transactions transactions,
            Clock clock) {
        this.supports = supports;
        this.objectives = objectives;
        this.indicators = indicators;
        this.units = units;
        this.stewards = stewards;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param supported the parent unit's node it supports; absent clears the link
     */
    public record Command(UnitActor by, CascadeNode supporter, Optional<CascadeNode> supported) {
        public Command {
            InvalidValue.requirePresent(by, "by");
            InvalidValue.requirePresent(supporter, "supporter");
            supported = supported == null ? Optional.empty() : supported;
        }
    }

    /** The link as stored, or empty when it was cleared. */
    public Optional<Support> set(Command command) {
        return transactions.inTransaction(() -> {
            OrganizationUnitId supporterUnit = unitOf(command.supporter());
            stewards.requirePlans(command.by(), supporterUnit);
            if (command.supported().isEmpty()) {
                supports.clear(command.supporter());
                return Optional.empty();
            }
            CascadeNode supported = command.supported().get();
            OrganizationUnitId supportedUnit = unitOf(supported);
            Optional<OrganizationUnitId> parent = units.get(supporterUnit).parentId();
            if (parent.isEmpty() || !parent.get().equals(supportedUnit)) {
                throw new RuleViolation(
                        "cascade.not-parent-unit",
                        supported.kind() == CascadeNode.Kind.OBJECTIVE ? "objectiveId" : "indicatorId",
                        "only an objective or indicator of the parent unit can be supported; this one belongs to "
                                + units.get(supportedUnit).profile().name(),
                        units.get(supportedUnit).profile().name(),
                        units.get(supporterUnit).profile().name());
            }
            Support support = new Support(command.supporter(), supporterUnit, supported, supportedUnit);
            supports.set(support, command.by().username(), clock.instant());
            return Optional.of(support);
        });
    }

    private OrganizationUnitId unitOf(CascadeNode node) {
        ObjectiveId objective = node.kind() == CascadeNode.Kind.OBJECTIVE
                ? new ObjectiveId(node.id())
                : indicators.get(new IndicatorId(node.id())).objectiveId();
        return objectives.get(objective).unitId();
    }
}
