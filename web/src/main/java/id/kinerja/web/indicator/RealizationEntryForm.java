package id.kinerja.web.indicator;

import static id.kinerja.web.page.WrittenValues.choice;
import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A realization as an evaluator writes it on the indicator's page: a number the Indonesian way ("87,50",
 * "1.500") or words for a qualitative indicator, with the narrative the report quotes.
 */
@Introspected
@Serdeable.Deserializable
public record RealizationEntryForm(
        @Nullable @NotBlank @Size(max = 10) String year,
        @Nullable @Size(max = 20) String period,
        @Nullable @NotBlank @Size(max = 500) String value,
        @Nullable @Size(max = 4000) String supporting,
        @Nullable @Size(max = 4000) String inhibiting,
        @Nullable @Size(max = 4000) String followUp) {

    /** An empty form with the year chosen beforehand (none when no year is open). */
    static RealizationEntryForm forYear(@Nullable Integer year) {
        return new RealizationEntryForm(year == null ? null : year.toString(), null, null, null, null, null);
    }

    RecordRealization.Command command(String evaluator, IndicatorId indicator) {
        return new RecordRealization.Command(
                evaluator,
                indicator,
                Year.of(requiredInteger(year, "year")),
                choice(ReportingPeriod.class, period, ReportingPeriod.ANNUAL, "period"),
                null,
                text(value),
                null,
                new Realization.Narrative(text(supporting), text(inhibiting), text(followUp)));
    }
}
