package id.kinerja.domain.indicator;

import java.util.Objects;
import java.util.UUID;

/** Identifies an objective. */
public record ObjectiveId(UUID value) {
    public ObjectiveId {
        Objects.requireNonNull(value, "value");
    }

    public static ObjectiveId newId() {
        return new ObjectiveId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
