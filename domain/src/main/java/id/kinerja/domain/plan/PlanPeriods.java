package id.kinerja.domain.plan;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.NotFound;
import java.util.List;
import java.util.Optional;

/** The stored plan periods. */
public interface PlanPeriods {
    Optional<PlanPeriod> find(PlanPeriodId id);

    PlanPeriod add(PlanPeriod period);

    List<PlanPeriod> ofUnit(OrganizationUnitId unitId);

    List<PlanPeriod> all();

    default PlanPeriod get(PlanPeriodId id) {
        return find(id).orElseThrow(() -> new NotFound("plan period", id));
    }
}
