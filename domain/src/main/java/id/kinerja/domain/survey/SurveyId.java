package id.kinerja.domain.survey;

import java.util.Objects;
import java.util.UUID;

/** Identifies a satisfaction survey. */
public record SurveyId(UUID value) {
    public SurveyId {
        Objects.requireNonNull(value, "value");
    }

    public static SurveyId newId() {
        return new SurveyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
