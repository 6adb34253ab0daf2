package id.kinerja.web.decree;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.indicator.IndicatorChange;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.page.FormSubmission;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.UUID;

/**
 * The decree rendered like the document, and the forms that add objectives and indicators to a draft and
 * enact it. Every form posts, then redirects; a refused form shows the document again with what was typed.
 */
@Controller("/keputusan/{id}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DecreeDocumentController {
    private final DecreeDocumentPage page;
    private final AddObjective addObjective;
    private final DefineIndicator defineIndicator;
    private final EnactDecree enact;
    private final FormSubmission forms;

    DecreeDocumentController(
            DecreeDocumentPage page,
            AddObjective addObjective,
            DefineIndicator defineIndicator,
            EnactDecree enact,
            FormSubmission forms) {
        this.page = page;
        this.addObjective = addObjective;
        this.defineIndicator = defineIndicator;
        this.enact = enact;
        this.forms = forms;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<DecreeDocumentView> show(@PathVariable UUID id, Authentication authentication) {
        return page.document(id, authentication, DecreeDocumentPage.Typed.NOTHING, null);
    }

    @Post("/sasaran")
    @Secured(Roles.PLANNER)
    @Audited(entity = "objective")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> addObjective(
            HttpRequest<?> request, @PathVariable UUID id, @Body ObjectiveForm form, Authentication authentication) {
        return forms.submit(
                request,
                "sasaran",
                form,
                typed -> {
                    Objective added =
                            addObjective.add(typed.command(SignedInUser.actor(authentication), new DecreeId(id)));
                    return Submitted.changed("/keputusan/" + id, added.id(), added);
                },
                refusal -> page.document(id, authentication, DecreeDocumentPage.Typed.NOTHING.with(form), refusal));
    }

    @Post("/indikator")
    @Secured(Roles.PLANNER)
    @Audited(entity = "indicator")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> defineIndicator(
            HttpRequest<?> request, @PathVariable UUID id, @Body IndicatorForm form, Authentication authentication) {
        return forms.submit(
                request,
                "indikator",
                form,
                typed -> {
                    IndicatorChange defined = defineIndicator.define(typed.command(SignedInUser.actor(authentication)));
                    return Submitted.changed(
                            "/keputusan/" + id + "#lampiran",
                            defined.indicator().id(),
                            defined);
                },
                refusal -> page.document(id, authentication, DecreeDocumentPage.Typed.NOTHING.with(form), refusal));
    }

    @Post("/tetapkan")
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> enact(
            HttpRequest<?> request, @PathVariable UUID id, @Body EnactmentForm form, Authentication authentication) {
        return forms.submit(
                request,
                "penetapan",
                form,
                typed -> {
                    Decree enacted = enact.enact(typed.command(SignedInUser.actor(authentication), new DecreeId(id)));
                    return Submitted.changed("/keputusan/" + id, id, enacted);
                },
                refusal -> page.document(id, authentication, DecreeDocumentPage.Typed.NOTHING.with(form), refusal));
    }
}
