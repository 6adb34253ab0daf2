package id.kinerja.domain.plan;

import id.kinerja.domain.organization.OrganizationUnitId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /**
     * The plan periods of several units from one read, each unit's earliest first: what a page of the
     * organization tree shows beside its units.
     */
    public Map<OrganizationUnitId, List<PlanPeriod>> ofUnits(Collection<OrganizationUnitId> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return periods.ofUnits(unitIds).stream()
                .sorted(Comparator.comparing(PlanPeriod::firstYear).thenComparing(PlanPeriod::name))
                .collect(Collectors.groupingBy(PlanPeriod::unitId));
    }

    public PlanPeriod get(PlanPeriodId id) {
        return periods.get(id);
    }
}
