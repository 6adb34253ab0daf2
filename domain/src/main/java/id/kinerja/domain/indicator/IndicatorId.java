package id.kinerja.domain.indicator;

import java.util.Objects;
import java.util.UUID;

/** Identifies an indicator. */
public record IndicatorId(UUID value) {
    public IndicatorId {
        Objects.requireNonNull(value, "value");
    }

    public static IndicatorId newId() {
        return new IndicatorId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
