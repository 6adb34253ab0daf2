package id.kinerja.domain.survey;

import id.kinerja.domain.shared.NotFound;

/** The report a reported survey result was entered from, byte for byte, with what was entered from it. */
public final class ReadReportedSurveyResult {
    private final Surveys surveys;
    private final ReportedSurveyResults reported;

    public ReadReportedSurveyResult(Surveys surveys, ReportedSurveyResults reported) {
        this.surveys = surveys;
        this.reported = reported;
    }

    /** A reported version's figures and its report file. */
    public record Report(Survey survey, ReportedSurveyResult result, byte[] content) {}

    public Report report(SurveyId id, int version) {
        Survey survey = surveys.get(id);
        ReportedSurveyResult result = reported.find(id, version)
                .orElseThrow(() -> new NotFound("reported survey result", id + "/" + version));
        byte[] content = reported.report(id, version)
                .orElseThrow(() -> new NotFound("reported survey result", id + "/" + version));
        return new Report(survey, result, content);
    }
}
