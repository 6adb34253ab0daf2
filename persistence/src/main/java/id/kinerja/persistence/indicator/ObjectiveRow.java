package id.kinerja.persistence.indicator;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.util.UUID;

@MappedEntity("objective")
record ObjectiveRow(
        @Id UUID id,
        UUID decreeId,
        UUID unitId,
        UUID planPeriodId,
        String code,
        String statement,
        @Version Long version) {}
