package id.kinerja.web.decree;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DeleteDraftDecree;
import id.kinerja.domain.decree.ReadDecrees;
import id.kinerja.domain.decree.ReviseDraftDecree;
import id.kinerja.domain.decree.RevokeDecree;
import id.kinerja.domain.indicator.IndicatorChange;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.indicator.SetTarget;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.UnitPicker;
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
 * The planner's cycle of a decree past its first draft: its words revised, a draft thrown away, a target set
 * or revised, an enacted decree revoked or replaced by a new one. Each form posts and redirects; a refused one
 * shows its page again with what was typed.
 */
@Controller("/keputusan/{id}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DecreeCycleController {
    private final DecreeDocumentPage page;
    private final ReadDecrees decrees;
    private final ReadIndicators indicators;
    private final ReviseDraftDecree revise;
    private final DeleteDraftDecree delete;
    private final RevokeDecree revoke;
    private final SetTarget setTarget;
    private final UnitPicker units;
    private final FormSubmission forms;

    DecreeCycleController(
            DecreeDocumentPage page,
            ReadDecrees decrees,
            ReadIndicators indicators,
            ReviseDraftDecree revise,
            DeleteDraftDecree delete,
            RevokeDecree revoke,
            SetTarget setTarget,
            UnitPicker units,
            FormSubmission forms) {
        this.page = page;
        this.decrees = decrees;
        this.indicators = indicators;
        this.revise = revise;
        this.delete = delete;
        this.revoke = revoke;
        this.setTarget = setTarget;
        this.units = units;
        this.forms = forms;
    }

    /** The draft's words in the form they were typed in, to be revised. */
    @Get("/ubah")
    @Secured(Roles.PLANNER)
    public ModelAndView<DecreeDraftView> revision(@PathVariable UUID id) {
        return revisionForm(id, DecreeDraftForm.of(decrees.get(new DecreeId(id)), false), null);
    }

    @Post("/ubah")
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revise(
            HttpRequest<?> request, @PathVariable UUID id, @Body DecreeDraftForm form, Authentication authentication) {
        return forms.submit(
                request,
                "keputusan",
                form,
                typed -> {
                    Decree revised =
                            revise.revise(typed.revision(SignedInUser.actor(authentication), new DecreeId(id)));
                    return Submitted.changed("/keputusan/" + id, id, revised);
                },
                refusal -> revisionForm(id, form, refusal));
    }

    @Post("/hapus")
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> delete(
            HttpRequest<?> request, @PathVariable UUID id, @Body VersionForm form, Authentication authentication) {
        return forms.submit(
                request,
                "hapus",
                form,
                typed -> {
                    Decree deleted = delete.delete(new DeleteDraftDecree.Command(
                            SignedInUser.actor(authentication), new DecreeId(id), typed.expected()));
                    return Submitted.changed("/keputusan", id, deleted);
                },
                refusal -> page.document(id, authentication, DecreeDocumentPage.Typed.NOTHING, refusal));
    }

    @Post("/cabut")
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revoke(
            HttpRequest<?> request, @PathVariable UUID id, @Body RevocationForm form, Authentication authentication) {
        if (form.reason() != null) {
            Audited.Reason.attach(request, form.reason());
        }
        return forms.submit(
                request,
                "pencabutan",
                form,
                typed -> {
                    Decree revoked = revoke.revoke(typed.command(SignedInUser.actor(authentication), new DecreeId(id)));
                    return Submitted.changed("/keputusan/" + id, id, revoked);
                },
                refusal -> page.document(id, authentication, DecreeDocumentPage.Typed.NOTHING.with(form), refusal));
    }

    /** A year's target of an indicator of the draft: set when the year has none, revised when it has. */
    @Post("/target")
    @Secured(Roles.PLANNER)
    @Audited(entity = "indicator")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> setTarget(
            HttpRequest<?> request, @PathVariable UUID id, @Body TargetForm form, Authentication authentication) {
        return forms.submit(
                request,
                "target",
                form,
                typed -> {
                    IndicatorChange changed = setTarget.set(
                            typed.command(SignedInUser.actor(authentication), new DecreeId(id), indicators::get));
                    return Submitted.changed(
                            "/keputusan/" + id + "#lampiran",
                            changed.indicator().id(),
                            changed);
                },
                refusal -> page.document(id, authentication, DecreeDocumentPage.Typed.NOTHING.with(form), refusal));
    }

    /** A new draft that will replace this enacted decree, its words to start from those of this one. */
    @Get("/ganti")
    @Secured(Roles.PLANNER)
    public ModelAndView<DecreeDraftView> replacement(@PathVariable UUID id) {
        Decree earlier = decrees.get(new DecreeId(id));
        return new ModelAndView<>(
                "decree-new",
                DecreeDraftView.fresh(
                        units.all(),
                        DecreeDraftForm.of(earlier, true),
                        null,
                        earlier.content().number().value()));
    }

    private ModelAndView<DecreeDraftView> revisionForm(UUID id, DecreeDraftForm values, Refusal refusal) {
        return new ModelAndView<>(
                "decree-new",
                new DecreeDraftView(
                        units.all(), values, refusal, "/keputusan/" + id + "/ubah", "cycle.revise-heading", null));
    }
}
