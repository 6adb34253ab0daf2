package id.kinerja.domain.survey;

import id.kinerja.domain.indicator.IndicatorId;
import java.util.List;
import java.util.Optional;

/** The stored result versions of surveys. */
public interface SurveyResults {
    void add(SurveyResultVersion result);

    Optional<SurveyResultVersion> latest(SurveyId survey);

    /** Every version of a survey's result, oldest first. */
    List<SurveyResultVersion> history(SurveyId survey);

    /** The latest result of every survey measuring an indicator. */
    List<SurveyResultVersion> latestForIndicator(IndicatorId indicator);
}
