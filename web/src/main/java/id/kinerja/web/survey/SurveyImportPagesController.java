package id.kinerja.web.survey;

import id.kinerja.domain.survey.FollowSurveyImports;
import id.kinerja.domain.survey.ImportRun;
import id.kinerja.domain.survey.ImportRunId;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.Words;
import id.kinerja.web.survey.SurveyViews.FileErrorRow;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.UUID;

/**
 * The progress page of a survey import running in the background: it refreshes itself (an HTTP
 * {@code Refresh} header, no script) while the import runs, from whichever node answers, and offers to cancel.
 */
@Controller("/survei/{id}/impor/{runId}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SurveyImportPagesController {
    /** Seconds between two refreshes of a running import's page. */
    static final int REFRESH_SECONDS = 2;

    private final FollowSurveyImports runs;
    private final FormSubmission forms;
    private final Words words;

    SurveyImportPagesController(FollowSurveyImports runs, FormSubmission forms, Words words) {
        this.runs = runs;
        this.forms = forms;
        this.words = words;
    }

    /** How far a run has come, for the page. */
    @io.micronaut.core.annotation.Introspected
    record ImportRunView(
            UUID id,
            UUID runId,
            String state,
            String fileName,
            long rowsRead,
            long rowsRefused,
            @io.micronaut.core.annotation.Nullable Long percent,
            @io.micronaut.core.annotation.Nullable String timeLeft,
            boolean running,
            boolean cancelRequested,
            boolean evaluator,
            @io.micronaut.core.annotation.Nullable String problem,
            List<FileErrorRow> fileErrors,
            @io.micronaut.core.annotation.Nullable String refusal) {}

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<ModelAndView<ImportRunView>> show(
            @PathVariable UUID id, @PathVariable UUID runId, Authentication authentication) {
        return page(runs.get(new SurveyId(id), new ImportRunId(runId)), authentication, null);
    }

    private HttpResponse<ModelAndView<ImportRunView>> page(
            ImportRun run, Authentication authentication, String refusal) {
        ImportRunView view = new ImportRunView(
                run.survey().value(),
                run.id().value(),
                words.label(run.state()),
                run.fileName().orElse("—"),
                run.rowsRead(),
                run.rowsRefused(),
                run.percentRead().isPresent() ? run.percentRead().getAsLong() : null,
                run.timeLeft()
                        .map(left -> words.message("survey.import-time-left", List.of((left.toMillis() + 999) / 1000)))
                        .orElse(null),
                run.running(),
                run.cancelRequested(),
                authentication.getRoles().contains(Roles.EVALUATOR),
                run.problemCode()
                        .map(code -> words.message(
                                code,
                                code.equals("file.refused") || run.errors().isEmpty()
                                        ? List.of(run.rowsRefused())
                                        : run.errors().get(0).arguments()))
                        .orElse(null),
                run.errors().stream()
                        .filter(error -> error.row() > 0)
                        .map(error -> new FileErrorRow(
                                error.row(), error.column(), words.message(error.code(), error.arguments())))
                        .toList(),
                refusal);
        io.micronaut.http.MutableHttpResponse<ModelAndView<ImportRunView>> response =
                HttpResponse.ok(new ModelAndView<>("survey-import", view));
        return run.running() ? response.header("Refresh", String.valueOf(REFRESH_SECONDS)) : response;
    }

    /** Asks the import to stop; the importing node rolls it back whole between two batches. */
    @Post("/batal")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey-import-run", idVariables = "runId")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> cancel(
            HttpRequest<?> request, @PathVariable UUID id, @PathVariable UUID runId, Authentication authentication) {
        SurveyId survey = new SurveyId(id);
        ImportRunId run = new ImportRunId(runId);
        return forms.carryOut(
                request,
                "batal",
                () -> {
                    runs.cancel(authentication.getName(), survey, run);
                    return Submitted.changed("/survei/" + id + "/impor/" + runId, runId, run);
                },
                refusal -> page(runs.get(survey, run), authentication, refusal.message())
                        .body());
    }
}
