package id.kinerja.domain.plan;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;

/**
 * Opens a plan window for a unit; two windows of the same kind may not overlap. {@code by} plans for the unit
 * (ADR 0020).
 */
public final class DefinePlanPeriod {
    private final PlanPeriods periods;
    private final OrganizationUnits units;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public DefinePlanPeriod(
            PlanPeriods periods, OrganizationUnits units, UnitStewards stewards, Transactions transactions) {
        this.periods = periods;
        this.units = units;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(
            UnitActor by, OrganizationUnitId unitId, PlanKind kind, String name, Year firstYear, Year lastYear) {}

    public PlanPeriod define(Command command) {
        PlanPeriod period = new PlanPeriod(
                PlanPeriodId.newId(),
                command.unitId(),
                command.kind(),
                command.name(),
                command.firstYear(),
                command.lastYear());
        return transactions.inTransaction(() -> {
            units.get(command.unitId());
            stewards.requirePlans(command.by(), command.unitId());
            for (PlanPeriod existing : periods.ofUnit(command.unitId())) {
                if (existing.kind() == period.kind() && overlap(existing, period)) {
                    throw new ConflictingState(
                            "plan-period.overlap",
                            "firstYear",
                            "the unit already has a " + existing.kind() + " period " + existing.firstYear() + "–"
                                    + existing.lastYear() + " overlapping these years",
                            existing.kind(),
                            existing.firstYear().value(),
                            existing.lastYear().value());
                }
            }
            return periods.add(period);
        });
    }

    private static boolean overlap(PlanPeriod a, PlanPeriod b) {
        return !a.firstYear().isAfter(b.lastYear()) && !b.firstYear().isAfter(a.lastYear());
    }
}
