package id.kinerja.web.realization;

import id.kinerja.web.page.Refusal;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/** A realization with its review, evidence and versions, every state in the reader's words. */
@Introspected
public record RealizationView(
        UUID id,
        long version,
        int year,
        String period,
        UUID indicatorId,
        String indicatorName,
        String value,
        String source,
        String status,
        @Nullable String lastReview,
        @Nullable String supporting,
        @Nullable String inhibiting,
        @Nullable String followUp,
        boolean editable,
        boolean reviewable,
        List<EvidenceRow> evidence,
        List<VersionRow> versions,
        RevisionForm revision,
        @Nullable Refusal refusal,
        List<String> warnings,
        @Nullable SurveyLink surveyLink,
        List<Choice> surveys) {

    /**
     * The survey a value was taken from, the result version taken, and the newer version with its index when
     * the survey was recomputed since.
     */
    @Introspected
    public record SurveyLink(
            UUID surveyId,
            int version,
            @Nullable Integer newerVersion,
            @Nullable String newerIndex,
            // issue 14 item 3: the version was entered from a survey report, not computed (ADR 0035)
            boolean reported) {}

    /** A survey whose result may become the value. */
    @Introspected
    public record Choice(UUID id, String label) {}

    /** A file or link kept as evidence. */
    @Introspected
    public record EvidenceRow(
            String title,
            @Nullable String download,
            @Nullable String url,
            @Nullable Long size,
            @Nullable String sha256) {}

    /** One version of the realization's chain of corrections. */
    @Introspected
    public record VersionRow(UUID id, String value, String status, String reason) {}
}
