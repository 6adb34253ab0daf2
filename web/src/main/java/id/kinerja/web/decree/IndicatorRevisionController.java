package id.kinerja.web.decree;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeStatus;
import id.kinerja.domain.decree.ReadDecrees;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorChange;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.indicator.ReviseIndicator;
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
 * An indicator's definition revised on a page while its decree is a draft — the rule of {@link ReviseIndicator}
 * (an enacted decree changes by a new decree replacing it). The form is offered only where it would be accepted:
 * a draft, to a planner of its unit; elsewhere the page says why. Every field the API revises is on the form,
 * each choice in words.
 */
@Controller("/indikator/{id}/ubah")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class IndicatorRevisionController {
    private final ReadIndicators indicators;
    private final ReadDecrees decrees;
    private final ReviseIndicator revise;
    private final UnitStewardship stewardship;
    private final FormSubmission forms;
    private final IndicatorChoices.Offer choices;

    IndicatorRevisionController(
            ReadIndicators indicators,
            ReadDecrees decrees,
            ReviseIndicator revise,
            UnitStewardship stewardship,
            FormSubmission forms,
            IndicatorChoices.Offer choices) {
        this.indicators = indicators;
        this.decrees = decrees;
        this.revise = revise;
        this.stewardship = stewardship;
        this.forms = forms;
        this.choices = choices;
    }

    @Get
    @Secured(Roles.PLANNER)
    public ModelAndView<IndicatorRevisionView> form(@PathVariable UUID id, Authentication authentication) {
        Indicator indicator = indicators.get(new IndicatorId(id));
        return page(indicator, authentication, IndicatorRevisionForm.of(indicator), null);
    }

    @Post
    @Secured(Roles.PLANNER)
    @Audited(entity = "indicator", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revise(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body IndicatorRevisionForm form,
            Authentication authentication) {
        Indicator indicator = indicators.get(new IndicatorId(id));
        return forms.submit(
                request,
                "indikator",
                form,
                typed -> {
                    IndicatorChange revised =
                            revise.revise(typed.command(SignedInUser.actor(authentication), indicator));
                    return Submitted.changed(
                            "/keputusan/" + indicator.decreeId().value() + "#lampiran",
                            revised.indicator().id(),
                            revised);
                },
                refusal -> page(indicator, authentication, form, refusal));
    }

    private ModelAndView<IndicatorRevisionView> page(
            Indicator indicator, Authentication authentication, IndicatorRevisionForm typed, Refusal refusal) {
        Decree decree = decrees.get(indicator.decreeId());
        boolean draft = decree.status() == DecreeStatus.DRAFT;
        // as the domain decides (ADR 0020): an administrator plans for every unit, a planner for the units served
        boolean plans = authentication.getRoles().contains(Roles.ADMIN)
                || stewardship.serves(authentication.getName(), decree.issuingUnitId());
        return new ModelAndView<>(
                "indicator-revise",
                new IndicatorRevisionView(
                        indicator.id().value(),
                        indicator.definition().name(),
                        decree.id().value(),
                        decree.content().number().value(),
                        draft,
                        plans,
                        choices.to(authentication, indicator.definition().responsibleUnitId()),
                        typed,
                        refusal));
    }
}
