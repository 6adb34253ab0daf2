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
        PerformanceAgreement stored = agreements.get(new PerformanceAgreementId(id));
        return forms.submit(
                request,
                "ubah",
                form,
                typed -> {
                    PerformanceAgreement changed = adjust.restate(new AdjustPerformanceAgreement.Restatement(
                            stored.id(),
                            typed.expectedVersion(),
                            typed.firstParty(),
                            typed.secondParty(),
                            typed.programmeList(),
                            SignedInUser.actor(authentication)));
                    return Submitted.changed(address(changed), id, changed);
                },
                refusal -> again(stored, authentication, new AgreementPages.Typed(form, null, null, null), refusal));
    }

    @Post("/{id}/target")
    @Audited(entity = "performance-agreement", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> adjustTarget(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body AgreementForms.TargetAdjustment form,
            Authentication authentication) {
        PerformanceAgreement stored = agreements.get(new PerformanceAgreementId(id));
        if (form.reason() != null) {
            Audited.Reason.attach(request, form.reason());
        }
        return forms.submit(
                request,
                "target-pk",
                form,
                typed -> {
                    IndicatorId indicator = typed.indicator();
                    PerformanceAgreement changed = adjust.adjustTarget(new AdjustPerformanceAgreement.TargetAdjustment(
                            stored.id(),
                            typed.expectedVersion(),
                            indicator,
                            typed.target(
                                    stored.year(),
                                    indicators.get(indicator).definition().kind()),
                            typed.reason(),
                            SignedInUser.actor(authentication)));
                    return Submitted.changed(address(changed), id, changed);
                },
                refusal -> again(stored, authentication, new AgreementPages.Typed(null, form, null, null), refusal));
    }

    @Post("/{id}/tandatangan")
    @Audited(entity = "performance-agreement", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> sign(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body AgreementForms.Signing form,
            Authentication authentication) {
        PerformanceAgreement stored = agreements.get(new PerformanceAgreementId(id));
        return forms.submit(
                request,
                "tandatangan",
                form,
                typed -> {
                    PerformanceAgreement signed = sign.sign(
                            stored.id(), typed.expectedVersion(), typed.date(), SignedInUser.actor(authentication));
                    return Submitted.changed(address(signed), id, signed);
                },
                refusal -> again(stored, authentication, new AgreementPages.Typed(null, null, form, null), refusal));
    }

    @Post("/{id}/perubahan")
    @Audited(entity = "performance-agreement", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revise(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body AgreementForms.Revision form,
            Authentication authentication) {
        PerformanceAgreement stored = agreements.get(new PerformanceAgreementId(id));
        if (form.reason() != null) {
            Audited.Reason.attach(request, form.reason());
        }
        return forms.submit(
                request,
                "perubahan",
                form,
                typed -> {
                    PerformanceAgreement revised =
                            sign.revise(stored.id(), typed.reason(), SignedInUser.actor(authentication));
                    return Submitted.changed(address(revised), revised.id().value(), revised);
                },
                refusal -> again(stored, authentication, new AgreementPages.Typed(null, null, null, form), refusal));
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
