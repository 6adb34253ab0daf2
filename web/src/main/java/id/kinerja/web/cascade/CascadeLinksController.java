package id.kinerja.web.cascade;

import id.kinerja.domain.cascade.CascadeNode;
import id.kinerja.domain.cascade.ReadSupportChoices;
import id.kinerja.domain.cascade.ReadSupportChoices.Choices;
import id.kinerja.domain.cascade.SetSupport;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.shared.NotFound;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.UUID;

/**
 * A decree's cascade: its objectives and indicators, each with the parent unit's objective or indicator it
 * supports, set by a planner of the decree's unit (ADR 0020) one form per node; a refused form shows the page
 * again with the message beside that node.
 */
@Controller("/kaskade")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CascadeLinksController {
    private final ReadSupportChoices choices;
    private final SetSupport setSupport;
    private final FormSubmission forms;

    CascadeLinksController(ReadSupportChoices choices, SetSupport setSupport, FormSubmission forms) {
        this.choices = choices;
        this.setSupport = setSupport;
        this.forms = forms;
    }

    @Get("/keputusan/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<CascadeLinksView> show(@PathVariable UUID id, Authentication authentication) {
        return page(id, authentication, null, null, null);
    }

    @Post("/sasaran/{id}")
    @Secured(Roles.PLANNER)
    @Audited(entity = "cascade-support", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> fromObjective(
            HttpRequest<?> request, @PathVariable UUID id, @Body SupportForm form, Authentication authentication) {
        return link(request, CascadeNode.of(new ObjectiveId(id)), form, authentication);
    }

    @Post("/indikator/{id}")
    @Secured(Roles.PLANNER)
    @Audited(entity = "cascade-support", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> fromIndicator(
            HttpRequest<?> request, @PathVariable UUID id, @Body SupportForm form, Authentication authentication) {
        return link(request, CascadeNode.of(new IndicatorId(id)), form, authentication);
    }

    private HttpResponse<?> link(
            HttpRequest<?> request, CascadeNode supporter, SupportForm form, Authentication authentication) {
        return forms.submit(
                request,
                "dukung-" + supporter.id(),
                form,
                typed -> {
                    UUID decree = typed.decree();
                    setSupport.set(typed.command(SignedInUser.actor(authentication), supporter));
                    return Submitted.goTo("/kaskade/keputusan/" + decree + "#n-" + supporter.id());
                },
                refusal -> page(decreeOf(form), authentication, refusal, supporter.id(), form.dukung()));
    }

    /** The decree the form came from; one that cannot be read is a page that does not exist. */
    private static UUID decreeOf(SupportForm form) {
        try {
            return UUID.fromString(
                    form.keputusan() == null ? "" : form.keputusan().strip());
        } catch (IllegalArgumentException unreadable) {
            // a form without its decree at all names none (a null argument would fail the refusal itself)
            throw new NotFound("decree", form.keputusan() == null ? "" : form.keputusan());
        }
    }

    private ModelAndView<CascadeLinksView> page(
            UUID decreeId, Authentication authentication, Refusal refusal, UUID refusedNode, String picked) {
        Choices read = choices.ofDecree(new DecreeId(decreeId));
        return new ModelAndView<>(
                "cascade-links",
                new CascadeLinksView(
                        decreeId,
                        read.decree().content().number().value(),
                        read.unit().profile().name(),
                        read.parent().map(parent -> parent.profile().name()).orElse(null),
                        authentication.getRoles().contains(Roles.PLANNER),
                        read.own().stream()
                                .map(own -> new CascadeLinksView.Line(
                                        own.node().id().toString(),
                                        (own.node().kind() == CascadeNode.Kind.OBJECTIVE
                                                        ? "/kaskade/sasaran/"
                                                        : "/kaskade/indikator/")
                                                + own.node().id(),
                                        own.node().kind() == CascadeNode.Kind.INDICATOR,
                                        own.code() == null ? own.label() : own.code() + ". " + own.label(),
                                        own.node().id().equals(refusedNode) && picked != null
                                                ? picked
                                                : own.supports()
                                                        .map(CascadeLinksController::value)
                                                        .orElse("")))
                                .toList(),
                        read.choices().stream()
                                .map(choice -> new CascadeLinksView.Option(
                                        value(choice.node()),
                                        choice.node().kind() == CascadeNode.Kind.INDICATOR,
                                        choice.decreeNumber() + " · "
                                                + (choice.code() == null ? "" : choice.code() + ". ")
                                                + choice.label()))
                                .toList(),
                        refusal,
                        refusedNode == null ? null : refusedNode.toString()));
    }

    private static String value(CascadeNode node) {
        return node.kind().name() + ":" + node.id();
    }
}
