package id.kinerja.domain.plan;

import java.util.Objects;
import java.util.UUID;

/** Identifies a plan period. */
public record PlanPeriodId(UUID value) {
    public PlanPeriodId {
        Objects.requireNonNull(value, "value");
    }

    public static PlanPeriodId newId() {
        return new PlanPeriodId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
