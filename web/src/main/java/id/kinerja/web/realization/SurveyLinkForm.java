package id.kinerja.web.realization;

import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.requiredInteger;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.survey.SurveyId;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The survey whose latest result becomes the realization's value, at the realization's version. */
@Introspected
@Serdeable.Deserializable
public record SurveyLinkForm(
        @Nullable @NotBlank @Size(max = 10) String version,
        @Nullable @NotBlank @Size(max = 40) String surveyId) {

    long expectedVersion() {
        return requiredInteger(version, "version");
    }

    SurveyId survey() {
        return new SurveyId(InvalidValue.requirePresent(id(surveyId, "surveyId"), "surveyId"));
    }
}
