package id.kinerja.domain.survey;

import id.kinerja.domain.indicator.IndicatorId;
import java.time.Instant;
import java.util.List;

/** A survey's current result, any earlier version, and the results that measure an indicator. */
public final class ReadSurveyResult {
    private final Surveys surveys;
    private final SurveyResults results;

    public ReadSurveyResult(Surveys surveys, SurveyResults results) {
        this.surveys = surveys;
        this.results = results;
    }

    /** The latest result; a survey without responses yet has an empty, not computable one (version 0). */
    public SurveyOutcome current(SurveyId id) {
        Survey survey = surveys.get(id);
        return SurveyOutcome.of(
                survey,
                results.latest(id).orElse(new SurveyResultVersion(id, 0, Instant.EPOCH, "no responses", List.of())));
    }

    public List<SurveyOutcome> history(SurveyId id) {
        Survey survey = surveys.get(id);
        return results.history(id).stream()
                .map(version -> SurveyOutcome.of(survey, version))
                .toList();
    }

    /** The latest result of each survey measuring the indicator: its realizations from surveys. */
    public List<SurveyOutcome> ofIndicator(IndicatorId indicator) {
        return results.latestForIndicator(indicator).stream()
                .map(version -> SurveyOutcome.of(surveys.get(version.survey()), version))
                .toList();
    }
}
