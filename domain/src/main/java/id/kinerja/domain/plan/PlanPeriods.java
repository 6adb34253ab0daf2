package id.kinerja.domain.plan;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.NotFound;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored plan periods. */
public interface PlanPeriods {
    Optional<PlanPeriod> find(PlanPeriodId id);

    PlanPeriod add(PlanPeriod period);

    List<PlanPeriod> ofUnit(OrganizationUnitId unitId);

    List<PlanPeriod> all();

    /** The plan periods of these units, in one read, each unit's by first year. */
    List<PlanPeriod> ofUnits(Collection<OrganizationUnitId> unitIds);

    /** The given plan periods (those that exist), in one read. */
    List<PlanPeriod> findAll(Collection<PlanPeriodId> ids);

    default PlanPeriod get(PlanPeriodId id) {
        return find(id).orElseThrow(() -> new NotFound("plan period", id));
    }
}
