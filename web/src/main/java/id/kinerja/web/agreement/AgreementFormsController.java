package id.kinerja.web.agreement;

import id.kinerja.domain.agreement.AdjustPerformanceAgreement;
import id.kinerja.domain.agreement.PerformanceAgreement;
import id.kinerja.domain.agreement.PerformanceAgreementId;
import id.kinerja.domain.agreement.PreparePerformanceAgreement;
import id.kinerja.domain.agreement.ReadPerformanceAgreements;
import id.kinerja.domain.agreement.SignPerformanceAgreement;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
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
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The planner's forms of the PK page (issue 13): prepare the year's PK from the unit's IKU, change the draft's
 * parties and programmes, adjust a target with its reason, sign it on a date, and revise a signed PK into a new
 * version. Each posts and redirects; a refused one shows the page again with what was typed and the message
 * beside the form. The use cases refuse a planner who does not plan for the unit (ADR 0020).
 */
@Controller("/perjanjian-kinerja")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PLANNER)
public class AgreementFormsController {
    private final AgreementPages pages;
    private final ReadPerformanceAgreements agreements;
    private final ReadIndicators indicators;
    private final PreparePerformanceAgreement prepare;
    private final AdjustPerformanceAgreement adjust;
    private final SignPerformanceAgreement sign;
    private final FormSubmission forms;

    AgreementFormsController(
            AgreementPages pages,
            ReadPerformanceAgreements agreements,
            ReadIndicators indicators,
            PreparePerformanceAgreement prepare,
            AdjustPerformanceAgreement adjust,
            SignPerformanceAgreement sign,
            FormSubmission forms) {
        this.pages = pages;
        this.agreements = agreements;
        this.indicators = indicators;
        this.prepare = prepare;
        this.adjust = adjust;
        this.sign = sign;
        this.forms = forms;
    }

    @Post("/{unitId}/{year}/susun")
    @Audited(entity = "performance-agreement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> prepare(
            HttpRequest<?> request,
            @PathVariable UUID unitId,
            @PathVariable int year,
            @Body AgreementForms.Parties form,
            Authentication authentication) {
        return forms.submit(
                request,
                "susun",
                form,
                typed -> {
                    PerformanceAgreement prepared = prepare.prepare(new PreparePerformanceAgreement.Command(
                            new OrganizationUnitId(unitId),
                            Year.of(year),
                            typed.firstParty(),
                            typed.secondParty(),
                            typed.programmeList(),
                            SignedInUser.actor(authentication)));
                    return Submitted.changed(address(prepared), prepared.id().value(), prepared);
                },
                refusal -> pages.page(
                        unitId, year, null, authentication, new AgreementPages.Typed(form, null, null, null), refusal));
    }

    @Post("/{id}/ubah")
    @Audited(entity = "performance-agreement", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> restate(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body AgreementForms.Parties form,
            Authentication authentication) {
        return onStored(
                request,
                id,
                "ubah",
                form,
                authentication,
                (stored, typed) -> adjust.restate(new AdjustPerformanceAgreement.Restatement(
                        stored.id(),
                        typed.expectedVersion(),
                        typed.firstParty(),
                        typed.secondParty(),
                        typed.programmeList(),
                        SignedInUser.actor(authentication))),
                typed -> new AgreementPages.Typed(typed, null, null, null));
    }

    @Post("/{id}/target")
    @Audited(entity = "performance-agreement", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> adjustTarget(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body AgreementForms.TargetAdjustment form,
            Authentication authentication) {
        if (form.reason() != null) {
            Audited.Reason.attach(request, form.reason());
        }
        return onStored(
                request,
                id,
                "target-pk",
                form,
                authentication,
                (stored, typed) -> {
                    IndicatorId indicator = typed.indicator();
                    return adjust.adjustTarget(new AdjustPerformanceAgreement.TargetAdjustment(
                            stored.id(),
                            typed.expectedVersion(),
                            indicator,
                            typed.target(
                                    stored.year(),
                                    indicators.get(indicator).definition().kind()),
                            typed.reason(),
                            SignedInUser.actor(authentication)));
                },
                typed -> new AgreementPages.Typed(null, typed, null, null));
    }

    @Post("/{id}/tandatangan")
    @Audited(entity = "performance-agreement", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> sign(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body AgreementForms.Signing form,
            Authentication authentication) {
        return onStored(
                request,
                id,
                "tandatangan",
                form,
                authentication,
                (stored, typed) -> sign.sign(
                        stored.id(), typed.expectedVersion(), typed.date(), SignedInUser.actor(authentication)),
                typed -> new AgreementPages.Typed(null, null, typed, null));
    }

    @Post("/{id}/perubahan")
    @Audited(entity = "performance-agreement", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revise(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body AgreementForms.Revision form,
            Authentication authentication) {
        if (form.reason() != null) {
            Audited.Reason.attach(request, form.reason());
        }
        return onStored(
                request,
                id,
                "perubahan",
                form,
                authentication,
                (stored, typed) -> sign.revise(stored.id(), typed.reason(), SignedInUser.actor(authentication)),
                typed -> new AgreementPages.Typed(null, null, null, typed));
    }

    /**
     * The shape every form on a stored version shares: the version is read, the form acts on it and the browser goes
     * back to the PK page; a refusal shows the page again with the form as typed.
     */
    private <F extends Record> HttpResponse<?> onStored(
            HttpRequest<?> request,
            UUID id,
            String formName,
            F form,
            Authentication authentication,
            BiFunction<PerformanceAgreement, F, PerformanceAgreement> action,
            Function<F, AgreementPages.Typed> typedAgain) {
        PerformanceAgreement stored = agreements.get(new PerformanceAgreementId(id));
        return forms.submit(
                request,
                formName,
                form,
                typed -> {
                    PerformanceAgreement changed = action.apply(stored, typed);
                    return Submitted.changed(address(changed), changed.id().value(), changed);
                },
                refusal -> again(stored, authentication, typedAgain.apply(form), refusal));
    }

    private io.micronaut.views.ModelAndView<AgreementPage> again(
            PerformanceAgreement stored,
            Authentication authentication,
            AgreementPages.Typed typed,
            id.kinerja.web.page.Refusal refusal) {
        return pages.page(stored.unitId().value(), stored.year().value(), null, authentication, typed, refusal);
    }

    private static String address(PerformanceAgreement agreement) {
        return "/perjanjian-kinerja?unit=" + agreement.unitId().value() + "&tahun="
                + agreement.year().value() + "#kerja-pk";
    }
}
