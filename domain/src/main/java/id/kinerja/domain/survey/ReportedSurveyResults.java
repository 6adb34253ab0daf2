package id.kinerja.domain.survey;

import java.util.Optional;

/** The reported results of surveys, each stored with the report file it was entered from. */
public interface ReportedSurveyResults {
    /** Nothing reported anywhere: for readers built before reported results existed. */
    ReportedSurveyResults NONE = new ReportedSurveyResults() {
        @Override
        public void add(ReportedSurveyResult result, byte[] report) {
            throw new UnsupportedOperationException("no store of reported results");
        }

        @Override
        public Optional<ReportedSurveyResult> find(SurveyId survey, int version) {
            return Optional.empty();
        }

        @Override
        public Optional<byte[]> report(SurveyId survey, int version) {
            return Optional.empty();
        }
    };

    void add(ReportedSurveyResult result, byte[] report);

    /** The reported figures of one result version, when that version was reported rather than computed. */
    Optional<ReportedSurveyResult> find(SurveyId survey, int version);

    /** The report file of a reported version, byte for byte. */
    Optional<byte[]> report(SurveyId survey, int version);
}
