package id.kinerja.domain.matrix;

import id.kinerja.domain.shared.InvalidValue;
import java.util.UUID;

/** Identifies an uploaded indicator matrix. */
public record IndicatorMatrixId(UUID value) {
    public IndicatorMatrixId {
        InvalidValue.requirePresent(value, "id");
    }

    public static IndicatorMatrixId newId() {
        return new IndicatorMatrixId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
