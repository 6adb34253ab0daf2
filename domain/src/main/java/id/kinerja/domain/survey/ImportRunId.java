package id.kinerja.domain.survey;

import java.util.Objects;
import java.util.UUID;

/** Identifies one run of an import: its progress, its outcome, the handle to cancel it. */
public record ImportRunId(UUID value) {
    public ImportRunId {
        Objects.requireNonNull(value, "value");
    }

    public static ImportRunId random() {
        return new ImportRunId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
