package id.kinerja.domain.agreement;

import id.kinerja.domain.shared.InvalidValue;
import java.util.UUID;

/** Identifies one version of a Perjanjian Kinerja. */
public record PerformanceAgreementId(UUID value) {
    public PerformanceAgreementId {
        InvalidValue.requirePresent(value, "id");
    }

    public static PerformanceAgreementId random() {
        return new PerformanceAgreementId(UUID.randomUUID());
    }
}
