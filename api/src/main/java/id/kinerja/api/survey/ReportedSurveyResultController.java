package id.kinerja.api.survey;

import id.kinerja.api.survey.SurveyResources.ResultResponse;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.survey.ReadReportedSurveyResult;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.RecordReportedSurveyResult;
import id.kinerja.domain.survey.ReportedSurveyResult;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.download.Download;
import id.kinerja.http.security.Roles;
import id.kinerja.http.upload.DeclaredFile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.UUID;

/**
 * Survey results at summary level (issue 14, ADR 0035): an evaluator of the surveyed unit enters a survey's
 * result from a report Kinerja did not compute — the NRR of each of the nine elements ({@code U1} … {@code U9})
 * or the IKM alone ({@code printedIndex}) — with the report as the part {@code file}, its title and the
 * rounding it used. The answer is the survey's result, marked {@code "origin": "REPORTED"}.
 */
@Controller("/api/v1")
@Tag(name = "Survei kepuasan masyarakat / Satisfaction surveys")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportedSurveyResultController {
    private final RecordReportedSurveyResult record;
    private final ReadReportedSurveyResult reports;
    private final ReadSurveyResult results;

    public ReportedSurveyResultController(
            RecordReportedSurveyResult record, ReadReportedSurveyResult reports, ReadSurveyResult results) {
        this.record = record;
        this.reports = reports;
        this.results = results;
    }

    @Post(value = "/surveys/{id}/reported-results", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey-result", idVariables = "id")
    public HttpResponse<ResultResponse> report(
            @PathVariable UUID id,
            @Nullable @Part("file") CompletedFileUpload file,
            @Nullable @Part("reportTitle") String reportTitle,
            @Nullable @Part("rounding") String rounding,
            @Nullable @Part("printedIndex") String printedIndex,
            @Nullable @Part("respondents") String respondents,
            @Nullable @Part("U1") String u1,
            @Nullable @Part("U2") String u2,
            @Nullable @Part("U3") String u3,
            @Nullable @Part("U4") String u4,
            @Nullable @Part("U5") String u5,
            @Nullable @Part("U6") String u6,
            @Nullable @Part("U7") String u7,
            @Nullable @Part("U8") String u8,
            @Nullable @Part("U9") String u9,
            Authentication authentication) {
        InvalidValue.requirePresent(file, "file");
        try {
            ReportedSurveyResult stored = record.record(new RecordReportedSurveyResult.Command(
                    authentication.getName(),
                    new SurveyId(id),
                    reportTitle,
                    rounding,
                    RecordReportedSurveyResult.nrrsInElementOrder(u1, u2, u3, u4, u5, u6, u7, u8, u9),
                    printedIndex,
                    respondents,
                    file.getFilename(),
                    DeclaredFile.mediaType(file),
                    file.getInputStream()));
            return HttpResponse.created(
                    ResultResponse.of(results.current(stored.survey()), false),
                    URI.create("/api/v1/surveys/" + id + "/result"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report file as uploaded, with its SHA-256 in the ETag to check the copy. */
    @Get("/surveys/{id}/reported-results/{version}/report")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<byte[]> download(@PathVariable UUID id, @PathVariable int version) {
        ReadReportedSurveyResult.Report report = reports.report(new SurveyId(id), version);
        ReportedSurveyResult.ReportFile file = report.result().report();
        return Download.stored(report.content(), file.mediaType(), file.fileName(), file.sha256());
    }
}
