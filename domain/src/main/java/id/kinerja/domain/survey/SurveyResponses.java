package id.kinerja.domain.survey;

import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceTally;
import java.util.List;

/**
 * The stored answers of surveys: written in batches, read back only as sums, never one by one. Imports
 * keep each result's tallies as they write; {@link #tally} recomputes them from the stored answers.
 */
public interface SurveyResponses {
    void append(SurveyId survey, List<SurveyResponse> batch);

    void removeAll(SurveyId survey);

    /** Per service: respondents, and per element the sum and count of answers given. */
    List<ServiceTally> tally(SurveyId survey, Methodology methodology);
}
