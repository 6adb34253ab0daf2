package id.kinerja.web.decree;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeStatus;
import id.kinerja.domain.decree.ReadDecrees;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.indicator.ReviseObjective;
import id.kinerja.domain.user.UnitStewardship;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import io.micronaut.views.ModelAndView;
import java.util.UUID;

/**
 * A strategic objective's number and words revised on a page while its decree is a draft — the rule of
 * {@link ReviseObjective}, as for an indicator's definition (an enacted decree changes by a new decree replacing
 * it). The form is offered only where it would be accepted: a draft, to a planner of its unit; elsewhere the page
 * says why.
 */
@Controller("/sasaran/{id}/ubah")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ObjectiveRevisionController {
    private final ReadIndicators objectives;
    private final ReadDecrees decrees;
    private final ReviseObjective revise;
    private final UnitStewardship stewardship;
    private final FormSubmission forms;

    ObjectiveRevisionController(
            ReadIndicators objectives,
            ReadDecrees decrees,
            ReviseObjective revise,
            UnitStewardship stewardship,
            FormSubmission forms) {
        this.objectives = objectives;
        this.decrees = decrees;
        this.revise = revise;
        this.stewardship = stewardship;
        this.forms = forms;
    }

    @Get
    @Secured(Roles.PLANNER)
    public ModelAndView<ObjectiveRevisionView> form(@PathVariable UUID id, Authentication authentication) {
        Objective objective = objectives.objective(new ObjectiveId(id));
        return page(objective, authentication, ObjectiveRevisionForm.of(objective), null);
    }

    @Post
    @Secured(Roles.PLANNER)
    @Audited(entity = "objective", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revise(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body ObjectiveRevisionForm form,
            Authentication authentication) {
        Objective objective = objectives.objective(new ObjectiveId(id));
        return forms.submit(
                request,
                "sasaran",
                form,
                typed -> {
                    Objective revised = revise.revise(typed.command(SignedInUser.actor(authentication), objective));
                    return Submitted.changed(
                            "/keputusan/" + objective.decreeId().value() + "#lampiran", revised.id(), revised);
                },
                refusal -> page(objective, authentication, form, refusal));
    }

    private ModelAndView<ObjectiveRevisionView> page(
            Objective objective, Authentication authentication, ObjectiveRevisionForm typed, Refusal refusal) {
        Decree decree = decrees.get(objective.decreeId());
        // as the domain decides (ADR 0020): an administrator plans for every unit, a planner for the units served
        boolean plans = authentication.getRoles().contains(Roles.ADMIN)
                || stewardship.serves(authentication.getName(), decree.issuingUnitId());
        return new ModelAndView<>(
                "objective-revise",
                new ObjectiveRevisionView(
                        objective.id().value(),
                        objective.code() + ". " + objective.statement(),
                        decree.id().value(),
                        decree.content().number().value(),
                        decree.status() == DecreeStatus.DRAFT,
                        plans,
                        typed,
                        refusal));
    }
}
