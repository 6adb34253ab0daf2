package id.kinerja.web.realization;

import id.kinerja.domain.evaluation.ReadRealizations;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.WrittenValues;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.UUID;

/**
 * The survey link of a realization kept on pages: its narrative written without touching the value it took from
 * a survey, and the value taken (again) from a survey's latest result — a link made, or a newer result version
 * taken after the survey was recomputed.
 */
@Controller("/realisasi/{id}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RealizationSurveyController {
    private final RealizationPage page;
    private final ReadRealizations realizations;
    private final RecordRealization record;
    private final FormSubmission forms;

    RealizationSurveyController(
            RealizationPage page, ReadRealizations realizations, RecordRealization record, FormSubmission forms) {
        this.page = page;
        this.realizations = realizations;
        this.record = record;
        this.forms = forms;
    }

    @Post("/narasi")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "realization", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> reviseNarrative(
            HttpRequest<?> request, @PathVariable UUID id, @Body NarrativeForm form, Authentication authentication) {
        return forms.submit(
                request,
                "ubah",
                form,
                typed -> changed(
                        id,
                        record.reviseNarrative(
                                authentication.getName(),
                                new RealizationId(id),
                                typed.expectedVersion(),
                                typed.narrative())),
                refusal -> page.show(
                        id,
                        authentication,
                        form.typed(WrittenValues.shown(realizations.get(new RealizationId(id)))),
                        refusal));
    }

    @Post("/survei")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "realization", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> takeFromSurvey(
            HttpRequest<?> request, @PathVariable UUID id, @Body SurveyLinkForm form, Authentication authentication) {
        return forms.submit(
                request,
                "survei",
                form,
                typed -> {
                    Realization current = realizations.get(new RealizationId(id));
                    return changed(
                            id,
                            record.revise(new RecordRealization.Revision(
                                    authentication.getName(),
                                    current.id(),
                                    typed.expectedVersion(),
                                    null,
                                    null,
                                    typed.survey(),
                                    current.narrative())));
                },
                refusal -> page.show(id, authentication, null, refusal));
    }

    private static Submitted changed(UUID id, Realization realization) {
        return Submitted.changed("/realisasi/" + id, id, realization);
    }
}
