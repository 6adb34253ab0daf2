package id.kinerja.persistence.plan;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.util.UUID;

@MappedEntity("plan_period")
record PlanPeriodRow(@Id UUID id, UUID unitId, String planKind, String name, int firstYear, int lastYear) {}
