package id.kinerja.web.survey;

import id.kinerja.domain.organization.ReadOrganization;
import id.kinerja.domain.satisfaction.ReportRounding;
import id.kinerja.domain.satisfaction.ReproducedIndex;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.survey.ReadReportedSurveyResult;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.RecordReportedSurveyResult;
import id.kinerja.domain.survey.ReportedSurveyResult;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.download.Download;
import id.kinerja.http.security.Roles;
import id.kinerja.http.upload.DeclaredFile;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.Words;
import id.kinerja.web.survey.ReportedResultViews.Current;
import id.kinerja.web.survey.ReportedResultViews.ElementRow;
import id.kinerja.web.survey.ReportedResultViews.ReportedResultView;
import id.kinerja.web.survey.ReportedResultViews.Typed;
import id.kinerja.web.survey.ReportedResultViews.TypedElement;
import id.kinerja.web.survey.SurveyViews.Choice;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hasil survei yang dilaporkan (issue 14, item 3; ADR 0035): a survey's result entered by an evaluator from a
 * report Kinerja did not compute — nine NRRs or the IKM alone, the rounding the report used and the report
 * itself — and shown as reported, with the reproduced, printed and exact figures side by side.
 */
@Controller("/survei")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReportedResultPagesController {
    private static final int FORM_ELEMENTS = 9;

    private final ReadSurveyResult results;
    private final ReadReportedSurveyResult reports;
    private final RecordReportedSurveyResult record;
    private final ReadOrganization organization;
    private final FormSubmission forms;
    private final Words words;

    ReportedResultPagesController(
            ReadSurveyResult results,
            ReadReportedSurveyResult reports,
            RecordReportedSurveyResult record,
            ReadOrganization organization,
            FormSubmission forms,
            Words words) {
        this.results = results;
        this.reports = reports;
        this.record = record;
        this.organization = organization;
        this.forms = forms;
        this.words = words;
    }

    @Get("/{id}/dilaporkan")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<ReportedResultView> show(@PathVariable UUID id, Authentication authentication) {
        SurveyOutcome outcome = results.current(new SurveyId(id));
        return view(outcome, authentication, blank(outcome.survey()), null);
    }

    @Post(value = "/{id}/dilaporkan", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey-result", idVariables = "id")
    public HttpResponse<?> enter(
            HttpRequest<?> request,
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
        Survey survey = results.current(new SurveyId(id)).survey();
        Map<String, String> nrrs = RecordReportedSurveyResult.nrrsInElementOrder(u1, u2, u3, u4, u5, u6, u7, u8, u9);
        Typed typed = new Typed(
                orEmpty(reportTitle),
                orEmpty(rounding),
                orEmpty(printedIndex),
                orEmpty(respondents),
                survey.methodology().elements().stream()
                        .limit(FORM_ELEMENTS)
                        .map(element ->
                                new TypedElement(element.code(), element.name(), orEmpty(nrrs.get(element.code()))))
                        .toList());
        return forms.carryOut(
                request,
                "dilaporkan",
                () -> {
                    InvalidValue.requirePresent(
                            file == null || file.getFilename().isBlank() ? null : file, "file");
                    try {
                        ReportedSurveyResult stored = record.record(new RecordReportedSurveyResult.Command(
                                authentication.getName(),
                                survey.id(),
                                reportTitle,
                                rounding,
                                nrrs,
                                printedIndex,
                                respondents,
                                file.getFilename(),
                                DeclaredFile.mediaType(file),
                                file.getInputStream()));
                        // the trail keeps the result as the API shows it
                        return Submitted.changed("/survei/" + id + "/dilaporkan", id, results.current(stored.survey()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                refusal -> view(results.current(survey.id()), authentication, typed, refusal));
    }

    /** The report file, byte for byte, for a person reading the page. */
    @Get("/{id}/dilaporkan/{version}/laporan")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces(MediaType.ALL)
    public HttpResponse<byte[]> report(@PathVariable UUID id, @PathVariable int version) {
        ReadReportedSurveyResult.Report report = reports.report(new SurveyId(id), version);
        ReportedSurveyResult.ReportFile file = report.result().report();
        return Download.stored(report.content(), file.mediaType(), file.fileName(), file.sha256());
    }

    private ModelAndView<ReportedResultView> view(
            SurveyOutcome outcome, Authentication authentication, Typed typed, Refusal refusal) {
        Survey survey = outcome.survey();
        return new ModelAndView<>(
                "survey-reported",
                new ReportedResultView(
                        survey.id().value(),
                        survey.year().value(),
                        organization.get(survey.unitId()).profile().name(),
                        words.label(survey.methodology()),
                        words.label(survey.weight()),
                        outcome.reported()
                                .map(reported -> current(survey, outcome, reported))
                                .orElse(null),
                        authentication.getRoles().contains(Roles.EVALUATOR),
                        Arrays.stream(ReportRounding.values())
                                .map(rounding -> new Choice(rounding.name(), words.label(rounding)))
                                .toList(),
                        typed,
                        refusal));
    }

    private Current current(Survey survey, SurveyOutcome outcome, ReportedSurveyResult reported) {
        Optional<ReproducedIndex> reproduction = reported.reproduction(survey.methodology(), survey.weight());
        return new Current(
                outcome.version(),
                reported.reportTitle(),
                words.label(reported.rounding()),
                outcome.combined().index().map(words::number).orElse("—"),
                outcome.combined()
                        .grade()
                        .map(grade -> grade.name() + " · " + words.label(grade))
                        .orElse("—"),
                reported.printedIndex().map(words::number).orElse(null),
                reproduction.map(ReproducedIndex::exact).map(words::number).orElse(null),
                reproduction.map(ReproducedIndex::difference).map(words::number).orElse(null),
                reported.respondents().orElse(null),
                survey.methodology().elements().stream()
                        .filter(element -> reported.elementNrrs().containsKey(element.code()))
                        .map(element -> new ElementRow(
                                element.code(),
                                element.name(),
                                words.number(reported.elementNrrs().get(element.code()))))
                        .toList(),
                reported.report().fileName(),
                reported.report().sha256(),
                reported.recordedBy());
    }

    private static Typed blank(Survey survey) {
        return new Typed(
                "",
                ReportRounding.NONE.name(),
                "",
                "",
                survey.methodology().elements().stream()
                        .limit(FORM_ELEMENTS)
                        .map(element -> new TypedElement(element.code(), element.name(), ""))
                        .toList());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
