package id.kinerja.persistence.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.util.UUID;

@MappedEntity("organization_unit")
record OrganizationUnitRow(
        @Id UUID id,
        @Nullable UUID parentId,
        String name,
        @Nullable String shortName,
        String unitType,
        String scoreRule,
        @Version Long version) {}
