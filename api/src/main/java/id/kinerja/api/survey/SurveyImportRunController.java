package id.kinerja.api.survey;

import id.kinerja.domain.survey.FollowSurveyImports;
import id.kinerja.domain.survey.ImportRunId;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.problem.Messages;
import id.kinerja.http.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/**
 * The runs of a survey's imports: progress while they run (rows read and refused, seconds left), how they
 * ended, and cancelling one. Any node answers: a run's state is in the database, not in the importing node.
 */
@Controller("/api/v1/surveys/{id}/import-runs")
@Tag(name = "Survei kepuasan masyarakat / Satisfaction surveys")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SurveyImportRunController {
    private final FollowSurveyImports runs;
    private final Messages texts;

    public SurveyImportRunController(FollowSurveyImports runs, Messages texts) {
        this.runs = runs;
        this.texts = texts;
    }

    /** The survey's latest runs, newest first (a running one included). */
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<ImportRunResponse> list(@PathVariable UUID id) {
        return runs.ofSurvey(new SurveyId(id)).stream()
                .map(run -> ImportRunResponse.of(run, texts))
                .toList();
    }

    @Get("/{runId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ImportRunResponse get(@PathVariable UUID id, @PathVariable UUID runId) {
        return ImportRunResponse.of(runs.get(new SurveyId(id), new ImportRunId(runId)), texts);
    }

    /**
     * Asks the run to stop: the importing node sees it between two batches and rolls the whole import back,
     * so that no row of the file is stored. Answers the run as it is now ({@code cancelRequested}); poll it
     * for {@code CANCELLED}. A run that has ended is refused with 409.
     */
    @Post("/{runId}/cancel")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey-import-run", idVariables = "runId")
    public ImportRunResponse cancel(@PathVariable UUID id, @PathVariable UUID runId, Authentication authentication) {
        return ImportRunResponse.of(
                runs.cancel(authentication.getName(), new SurveyId(id), new ImportRunId(runId)), texts);
    }
}
