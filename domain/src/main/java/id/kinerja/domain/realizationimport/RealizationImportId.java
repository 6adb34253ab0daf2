package id.kinerja.domain.realizationimport;

import id.kinerja.domain.shared.InvalidValue;
import java.util.UUID;

/** Identifies an uploaded realization sheet. */
public record RealizationImportId(UUID value) {
    public RealizationImportId {
        InvalidValue.requirePresent(value, "id");
    }

    public static RealizationImportId newId() {
        return new RealizationImportId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
