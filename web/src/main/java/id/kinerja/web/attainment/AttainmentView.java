package id.kinerja.web.attainment;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * A unit's attainment for a year as its page reads: every figure written the Indonesian (or English) way,
 * every state a word.
 *
 * @param decreeId the decree in force that year, whose indicators were evaluated; absent when there was none
 */
@Introspected
public record AttainmentView(
        UUID unitId,
        String unitName,
        int year,
        @Nullable UUID decreeId,
        @Nullable String decreeNumber,
        String closure,
        String scale,
        String basis,
        Score score,
        List<ObjectiveRow> objectives) {

    /** A score with its rating, the rule it was made by, and how it was made in words. */
    @Introspected
    public record Score(String percent, @Nullable String rating, String rule, String explanation) {}

    @Introspected
    public record ObjectiveRow(String code, String statement, Score score, List<IndicatorRow> indicators) {}

    /**
     * One indicator's year and its comparisons.
     *
     * @param state the review state of the realizations the value is made from ("Diverifikasi"…)
     * @param earlier the earlier years of the plan: "2023: 70,00 (81,40 %)"
     * @param endOfPlan the realization against the plan's last target
     */
    @Introspected
    public record IndicatorRow(
            UUID id,
            String name,
            String target,
            String realization,
            String attainment,
            @Nullable String rating,
            String state,
            String explanation,
            List<String> earlier,
            @Nullable EndOfPlan endOfPlan,
            List<RealizationLink> realizations) {}

    /** The plan's last target as the decree wrote it (its category in Indonesian), and the attainment against it. */
    @Introspected
    public record EndOfPlan(int year, String target, String attainment) {}

    /**
     * A realization the year's value is made from, and where its value came from.
     *
     * @param surveyId the survey whose result it took, when it did
     * @param evidence how many evidence files or links back it
     */
    @Introspected
    public record RealizationLink(
            UUID id,
            String label,
            String source,
            @Nullable UUID surveyId,
            @Nullable String surveyVersion,
            int evidence) {}
}
