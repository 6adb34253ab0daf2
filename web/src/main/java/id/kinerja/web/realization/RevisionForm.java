package id.kinerja.web.realization;

import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.domain.evaluation.RecordRealization;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new value and narrative for a draft or returned realization, at the version the evaluator saw. */
@Introspected
@Serdeable.Deserializable
public record RevisionForm(
        @Nullable @NotBlank @Size(max = 10) String version,
        @Nullable @Size(max = 500) String value,
        @Nullable @Size(max = 4000) String supporting,
        @Nullable @Size(max = 4000) String inhibiting,
        @Nullable @Size(max = 4000) String followUp) {

    /** The form filled with what the realization holds now. */
    static RevisionForm of(Realization realization, String shownValue) {
        return new RevisionForm(
                String.valueOf(realization.version()),
                shownValue,
                realization.narrative().supporting(),
                realization.narrative().inhibiting(),
                realization.narrative().followUp());
    }

    RecordRealization.Revision revision(String evaluator, RealizationId id) {
        return new RecordRealization.Revision(
                evaluator,
                id,
                requiredInteger(version, "version"),
                null,
                text(value),
                null,
                new Realization.Narrative(text(supporting), text(inhibiting), text(followUp)));
    }
}
