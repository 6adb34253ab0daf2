package id.kinerja.web.survey;

import id.kinerja.web.page.Refusal;
import id.kinerja.web.survey.SurveyViews.Choice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/** The view of a survey result entered from a report (issue 14, item 3; ADR 0035). */
final class ReportedResultViews {
    private ReportedResultViews() {}

    /**
     * The page: the survey, the reported result it holds (if any), and the form an evaluator enters one with.
     *
     * @param current the latest reported result, null before one is entered
     */
    @Introspected
    record ReportedResultView(
            UUID id,
            int year,
            String unitName,
            String methodology,
            String weight,
            @Nullable Current current,
            boolean evaluator,
            List<Choice> roundings,
            Typed typed,
            @Nullable Refusal refusal) {}

    /** What the stored reported result says and what Kinerja made of it, written for the reader. */
    @Introspected
    record Current(
            int version,
            String reportTitle,
            String rounding,
            String figure,
            String grade,
            @Nullable String printed,
            @Nullable String exact,
            @Nullable String difference,
            @Nullable Long respondents,
            List<ElementRow> elements,
            String fileName,
            String sha256,
            String recordedBy) {}

    /** An element's NRR as the report gave it. */
    @Introspected
    record ElementRow(String code, String name, String nrr) {}

    /** The form as typed, shown again beside a refusal. */
    @Introspected
    record Typed(
            String reportTitle,
            String rounding,
            String printedIndex,
            String respondents,
            List<TypedElement> elements) {}

    /** One element's field: its code (the field's name), its name, and what was typed. */
    @Introspected
    record TypedElement(String code, String name, String value) {}
}
