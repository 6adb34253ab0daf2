package id.kinerja.web.survey;

import id.kinerja.web.page.Refusal;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/** What the survey pages show. */
final class SurveyViews {
    private SurveyViews() {}

    /** The form that opens a survey for an indicator. */
    @Introspected
    record NewSurveyView(
            String indicatorName,
            SurveyPlanForm values,
            List<Choice> methodologies,
            @Nullable Refusal refusal) {}

    /** A choice of a list: its code and its label. */
    @Introspected
    record Choice(String code, String label) {}

    /** A survey with its current result. */
    @Introspected
    record SurveyView(
            UUID id,
            int year,
            String unitName,
            String methodology,
            @Nullable UUID indicatorId,
            int version,
            long respondents,
            @Nullable String ikm,
            @Nullable String grade,
            List<ServiceRow> services,
            List<ElementRow> elements,
            List<ProfileRow> profileRows,
            boolean evaluator,
            List<FileErrorRow> fileErrors,
            @Nullable Refusal refusal,
            List<String> warnings,
            // issue 14 item 3: the current version was entered from a survey report, not computed (ADR 0035)
            boolean reported,
            @Nullable CollectionView online) {}

    /** A service's IKM and its bar on the chart (0–100). */
    @Introspected
    record ServiceRow(String name, long respondents, String ikm, String grade, double bar) {}

    /** An element's average (NRR) and its grade. */
    @Introspected
    record ElementRow(String code, String name, String nrr, String grade) {}

    /** One answer of the respondent profile and how many gave it. */
    @Introspected
    record ProfileRow(String dimension, String category, long count) {}

    /** One refused line of a file: where, and why in the reader's language. */
    @Introspected
    record FileErrorRow(long row, String column, String message) {}

    // The public SKM questionnaire (issue 16)
    /**
     * The online collection on the survey's page: each service's questionnaire address, the respondents so far
     * against the minimum sample, the provisional IKM, and whether it can still be closed.
     */
    @Introspected
    record CollectionView(
            List<LinkRow> links,
            String progress,
            int percent,
            long pendingAnswers,
            @Nullable String provisionalIkm,
            @Nullable String provisionalGrade,
            List<ServiceRow> provisionalServices,
            boolean open,
            @Nullable String closed) {}

    /** A service's questionnaire: its address and the kiosk address for a tablet at the counter. */
    @Introspected
    record LinkRow(String service, String code, String address, String kioskAddress) {}
}
