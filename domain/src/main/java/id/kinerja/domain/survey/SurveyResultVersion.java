package id.kinerja.domain.survey;

import id.kinerja.domain.satisfaction.ServiceTally;
import java.time.Instant;
import java.util.List;

/**
 * One computed result of a survey as it stood at a moment: the tallies it was computed from (so that every
 * figure can be recomputed and explained) and the respondent profile. A corrected import makes a new
 * version; earlier ones stay readable with their date.
 */
public record SurveyResultVersion(
        SurveyId survey,
        int version,
        Instant computedAt,
        String reason,
        List<ServiceTally> tallies,
        RespondentProfile profile) {
    public SurveyResultVersion {
        tallies = List.copyOf(tallies);
    }

    /** Before any response: nothing counted, not computable. */
    public static SurveyResultVersion empty(SurveyId survey) {
        return new SurveyResultVersion(survey, 0, Instant.EPOCH, "no responses", List.of(), RespondentProfile.NONE);
    }
}
