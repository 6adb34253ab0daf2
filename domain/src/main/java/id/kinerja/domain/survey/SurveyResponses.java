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

    /**
     * Opens a stream of an import's responses in the caller's transaction, fed batch by batch as the file is
     * read: where the database can, the batches go through one statement that stays open (PostgreSQL's COPY),
     * so that the database stores rows while the next ones are read. Close it whatever happens; only a
     * {@link Appender#finish finished} stream has stored its rows.
     */
    default Appender appender(SurveyId survey, SurveyImportId from) {
        return new Appender() {
            @Override
            public void append(List<SurveyResponse> batch) {
                SurveyResponses.this.append(survey, from, batch);
            }

            @Override
            public void finish() {}

            @Override
            public void close() {}
        };
    }

    /** An open stream of one import's responses. */
    interface Appender extends AutoCloseable {
        void append(List<SurveyResponse> batch);

        /** Every row sent is stored (a constraint a row breaks is thrown here at the latest). */
        void finish();

        /** Abandons a stream not finished (its transaction is to roll back); nothing after a finish. */
        @Override
        void close();
    }

    /** Whether the survey holds any response (an import into an empty survey repeats no stored respondent). */
    boolean anyStored(SurveyId survey);

    void removeAll(SurveyId survey);

    /** Per service: respondents, and per element the sum and count of answers given. */
    List<ServiceTally> tally(SurveyId survey, Methodology methodology);
}
