package id.kinerja.web.report;

import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.requiredInteger;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.report.NarrativeSection;
import id.kinerja.domain.report.WriteReportNarrative;
import id.kinerja.domain.shared.InvalidValue;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.UUID;

/** One section of the narrative as typed, with the version the writer saw. */
@Introspected
@Serdeable.Deserializable
public record NarrativeForm(
        @Nullable @NotBlank @Size(max = 40) String section,
        @Nullable @Size(max = 36) String indicatorId,

        @Nullable @Size(max = WriteReportNarrative.MAX_LENGTH)
        String text,

        @Nullable @NotBlank @Size(max = 19) String version) {

    NarrativeSection chosenSection() {
        return Arrays.stream(NarrativeSection.values())
                .filter(candidate -> candidate.name().equals(section))
                .findFirst()
                .orElseThrow(() -> new InvalidValue(
                        "report.unknown-section",
                        "section",
                        "no such section: " + section,
                        section,
                        Arrays.toString(NarrativeSection.values())));
    }

    IndicatorId indicator() {
        UUID chosen = id(indicatorId, "indicatorId");
        return chosen == null ? null : new IndicatorId(chosen);
    }

    long seenVersion() {
        return requiredInteger(version, "version");
    }

    /** The form's name on the page: one per section, and per indicator for the analyses. */
    String formName() {
        return "narasi-" + section + (indicatorId == null || indicatorId.isBlank() ? "" : "-" + indicatorId);
    }

    static NarrativeForm empty() {
        return new NarrativeForm(null, null, null, null);
    }
}
