package id.kinerja.domain.decree;

import java.util.Objects;
import java.util.UUID;

/** Identifies a decree. */
public record DecreeId(UUID value) {
    public DecreeId {
        Objects.requireNonNull(value, "value");
    }

    public static DecreeId newId() {
        return new DecreeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
