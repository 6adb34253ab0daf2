package id.kinerja.web.realization;

import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.evaluation.Realization;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The narrative of a realization whose value comes from a survey: words only, the value and source kept. */
@Introspected
@Serdeable.Deserializable
public record NarrativeForm(
        @Nullable @NotBlank @Size(max = 10) String version,
        @Nullable @Size(max = 4000) String supporting,
        @Nullable @Size(max = 4000) String inhibiting,
        @Nullable @Size(max = 4000) String followUp) {

    long expectedVersion() {
        return requiredInteger(version, "version");
    }

    Realization.Narrative narrative() {
        return new Realization.Narrative(text(supporting), text(inhibiting), text(followUp));
    }

    /** What the revision form shows again after a refusal. */
    RevisionForm typed(String shownValue) {
        return new RevisionForm(version, shownValue, supporting, inhibiting, followUp);
    }
}
