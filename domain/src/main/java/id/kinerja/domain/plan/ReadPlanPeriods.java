package id.kinerja.domain.plan;

import id.kinerja.domain.organization.OrganizationUnitId;
import java.util.List;

/** Membaca periode rencana: every plan period, a unit's, or one; a unit has a handful, so lists are whole. */
public final class ReadPlanPeriods {
    private final PlanPeriods periods;

    public ReadPlanPeriods(PlanPeriods periods) {
        this.periods = periods;
    }

    /** Every plan period, by first year and name. */
    public List<PlanPeriod> all() {
        return periods.all();
    }

    public List<PlanPeriod> ofUnit(OrganizationUnitId unitId) {
        return periods.ofUnit(unitId);
    }

    public PlanPeriod get(PlanPeriodId id) {
        return periods.get(id);
    }
}
