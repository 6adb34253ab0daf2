package id.kinerja.domain.evaluation;

import java.util.Objects;
import java.util.UUID;

/** Identifies a realization. */
public record RealizationId(UUID value) {
    public RealizationId {
        Objects.requireNonNull(value, "value");
    }

    public static RealizationId newId() {
        return new RealizationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
