package id.kinerja.domain.survey;

import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceTally;
import java.util.List;

/**
 * The stored answers of surveys: written in batches, read back only as sums, never one by one. Imports
 * keep each result's tallies as they write; {@link #tally} recomputes them from the stored answers.
 */
public interface SurveyResponses {
    /** Stores a batch of an import's responses; {@code from} is the import, when it is kept. */
    void append(SurveyId survey, SurveyImportId from, List<SurveyResponse> batch);

    default void append(SurveyId survey, List<SurveyResponse> batch) {
        append(survey, null, batch);
    }

    void removeAll(SurveyId survey);

    /** Per service: respondents, and per element the sum and count of answers given. */
    List<ServiceTally> tally(SurveyId survey, Methodology methodology);
}
