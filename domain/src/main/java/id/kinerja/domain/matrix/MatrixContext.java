package id.kinerja.domain.matrix;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits.UnitOutline;
import id.kinerja.domain.plan.PlanPeriod;
import java.util.List;

/**
 * What the import needs to know of the importing unit: its plan periods (the targets' years must fall in one)
 * and the unit with its sub-units (a responsible sub-unit is named by its name).
 */
public record MatrixContext(OrganizationUnitId unitId, List<PlanPeriod> planPeriods, List<UnitOutline> unitAndBelow) {
    public MatrixContext {
        planPeriods = List.copyOf(planPeriods);
        unitAndBelow = List.copyOf(unitAndBelow);
    }
}
