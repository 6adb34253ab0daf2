package id.kinerja.persistence.decree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("decree")
record DecreeRow(
        @Id UUID id,
        UUID issuingUnitId,
        String decreeNumber,
        String title,
        String issuingOfficial,
        String signatoryName,
        String signatoryPosition,
        @Nullable String place,
        @Nullable LocalDate effectiveDate,
        String status,
        @Nullable LocalDate enactedOn,
        @Nullable String relationKind,
        @Nullable UUID relatedDecreeId,
        @Nullable UUID supersededById,
        @Nullable LocalDate revokedOn,
        @Nullable String revocationReason,
        @Version Long version) {}
