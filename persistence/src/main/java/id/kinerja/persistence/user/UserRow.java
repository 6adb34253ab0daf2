package id.kinerja.persistence.user;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.util.UUID;

@MappedEntity("app_user")
record UserRow(
        @Id UUID id,
        String username,
        String displayName,
        String passwordHash,
        boolean active,
        @Version Long version) {}
