package id.kinerja.domain.survey;

import id.kinerja.domain.indicator.IndicatorId;
import java.util.List;

/** A survey's current result, any earlier version, and the results that measure an indicator. */
public final class ReadSurveyResult {
    private final Surveys surveys;
    private final SurveyResults results;
    private final SurveyResponses responses;
    private final ReportedSurveyResults reported;

    public ReadSurveyResult(Surveys surveys, SurveyResults results, SurveyResponses responses) {
        this(surveys, results, responses, ReportedSurveyResults.NONE);
    }

    /** A reader that also knows the versions entered from reports (ADR 0035). */
    public ReadSurveyResult(
            Surveys surveys, SurveyResults results, SurveyResponses responses, ReportedSurveyResults reported) {
        this.surveys = surveys;
        this.results = results;
        this.responses = responses;
        this.reported = reported;
    }

    /** A stored version as computed from its tallies, or as its report gave it when it was reported. */
    private SurveyOutcome outcome(Survey survey, SurveyResultVersion version) {
        return reported.find(survey.id(), version.version())
                .map(figures -> SurveyOutcome.reported(survey, version, figures))
                .orElseGet(() -> SurveyOutcome.of(survey, version));
    }

    /** The latest result; a survey without responses yet has an empty, not computable one (version 0). */
    public SurveyOutcome current(SurveyId id) {
        Survey survey = surveys.get(id);
        return outcome(survey, results.latest(id).orElse(SurveyResultVersion.empty(id)));
    }

    /**
     * The latest result computed again from the stored answers rather than from the tallies kept at import:
     * a check that the two agree, at the cost of reading every answer.
     */
    public SurveyOutcome recomputed(SurveyId id) {
        Survey survey = surveys.get(id);
        SurveyResultVersion kept = results.latest(id).orElse(SurveyResultVersion.empty(id));
        return SurveyOutcome.of(
                survey,
                new SurveyResultVersion(
                        id,
                        kept.version(),
                        kept.computedAt(),
                        "recomputed from the stored answers",
                        responses.tally(id, survey.methodology()),
                        kept.profile()));
    }

    public List<SurveyOutcome> history(SurveyId id) {
        Survey survey = surveys.get(id);
        return results.history(id).stream()
                .map(version -> outcome(survey, version))
                .toList();
    }

    /** The latest result of each survey measuring the indicator: its realizations from surveys. */
    public List<SurveyOutcome> ofIndicator(IndicatorId indicator) {
        return results.latestForIndicator(indicator).stream()
                .map(version -> outcome(surveys.get(version.survey()), version))
                .toList();
    }
}
