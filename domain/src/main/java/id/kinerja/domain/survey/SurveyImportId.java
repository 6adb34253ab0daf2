package id.kinerja.domain.survey;

import java.util.Objects;
import java.util.UUID;

/** Identifies one stored import of survey responses. */
public record SurveyImportId(UUID value) {
    public SurveyImportId {
        Objects.requireNonNull(value, "value");
    }

    public static SurveyImportId random() {
        return new SurveyImportId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
