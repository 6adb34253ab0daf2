package id.kinerja.api.agreement;

import id.kinerja.api.agreement.AgreementResources.AgreementChange;
import id.kinerja.api.agreement.AgreementResources.AgreementDraft;
import id.kinerja.api.agreement.AgreementResources.AgreementResponse;
import id.kinerja.api.agreement.AgreementResources.Revision;
import id.kinerja.api.agreement.AgreementResources.Signing;
import id.kinerja.api.agreement.AgreementResources.TargetAdjustment;
import id.kinerja.api.agreement.AgreementResources.VersionSummary;
import id.kinerja.api.shared.DocumentAnswers;
import id.kinerja.documents.render.DocumentFormat;
import id.kinerja.documents.report.AgreementDocument;
import id.kinerja.domain.agreement.AdjustPerformanceAgreement;
import id.kinerja.domain.agreement.AgreementSheet;
import id.kinerja.domain.agreement.PerformanceAgreement;
import id.kinerja.domain.agreement.PerformanceAgreementId;
import id.kinerja.domain.agreement.PreparePerformanceAgreement;
import id.kinerja.domain.agreement.ReadPerformanceAgreements;
import id.kinerja.domain.agreement.SignPerformanceAgreement;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Perjanjian Kinerja: planners prepare a unit's PK for the year from its IKU, adjust its targets to the
 * approved budget with a reason, and the unit's head (a planner) signs it; a signed version is read-only and a
 * PK perubahan is a new version. Everyone signed in reads every version, in JSON or as PDF, DOCX or XLSX.
 */
@Controller("/api/v1")
@Tag(name = "Perjanjian Kinerja / Performance agreement")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PerformanceAgreementController {

    private final PreparePerformanceAgreement prepare;
    private final AdjustPerformanceAgreement adjust;
    private final SignPerformanceAgreement sign;
    private final ReadPerformanceAgreements read;

    public PerformanceAgreementController(
            PreparePerformanceAgreement prepare,
            AdjustPerformanceAgreement adjust,
            SignPerformanceAgreement sign,
            ReadPerformanceAgreements read) {
        this.prepare = prepare;
        this.adjust = adjust;
        this.sign = sign;
        this.read = read;
    }

    /** The PK that holds for the year: the latest signed version, the draft, or the IKU's proposal. */
    @Get("/units/{id}/performance-agreements")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces({MediaType.APPLICATION_JSON, DocumentAnswers.PDF, DocumentAnswers.DOCX, DocumentAnswers.XLSX})
    public HttpResponse<?> agreement(@PathVariable UUID id, @QueryValue int year, HttpRequest<?> request) {
        return answer(read.sheet(new OrganizationUnitId(id), Year.of(year)), request);
    }

    /** Every stored version of the unit's PK for the year, version 1 first. */
    @Get("/units/{id}/performance-agreements/versions")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<VersionSummary> versions(@PathVariable UUID id, @QueryValue int year) {
        return read.versions(new OrganizationUnitId(id), Year.of(year)).stream()
                .map(VersionSummary::of)
                .toList();
    }

    /** One stored version, signed or draft, as it was kept. */
    @Get("/performance-agreements/{agreementId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces({MediaType.APPLICATION_JSON, DocumentAnswers.PDF, DocumentAnswers.DOCX, DocumentAnswers.XLSX})
    public HttpResponse<?> version(@PathVariable UUID agreementId, HttpRequest<?> request) {
        return answer(read.sheet(new PerformanceAgreementId(agreementId)), request);
    }

    @Post("/units/{id}/performance-agreements")
    @Secured(Roles.PLANNER)
    @Audited(entity = "performance-agreement")
    public HttpResponse<AgreementResponse> prepare(
            @PathVariable UUID id, @Body @Valid AgreementDraft draft, Authentication authentication) {
        PerformanceAgreement prepared = prepare.prepare(new PreparePerformanceAgreement.Command(
                new OrganizationUnitId(id),
                Year.of(draft.year()),
                draft.firstParty().toParty("firstParty"),
                draft.secondParty().toParty("secondParty"),
                AgreementResources.programmes(draft.programmes()),
                SignedInUser.actor(authentication)));
        return HttpResponse.created(respond(prepared))
                .headers(headers -> headers.location(URI.create(
                        "/api/v1/performance-agreements/" + prepared.id().value())));
    }

    @Put("/performance-agreements/{agreementId}")
    @Secured(Roles.PLANNER)
    @Audited(entity = "performance-agreement", idVariables = "agreementId")
    public AgreementResponse restate(
            @PathVariable UUID agreementId, @Body @Valid AgreementChange change, Authentication authentication) {
        return respond(adjust.restate(new AdjustPerformanceAgreement.Restatement(
                new PerformanceAgreementId(agreementId),
                change.version(),
                change.firstParty().toParty("firstParty"),
                change.secondParty().toParty("secondParty"),
                AgreementResources.programmes(change.programmes()),
                SignedInUser.actor(authentication))));
    }

    @Put("/performance-agreements/{agreementId}/targets/{indicatorId}")
    @Secured(Roles.PLANNER)
    @Audited(entity = "performance-agreement", idVariables = "agreementId")
    public AgreementResponse adjustTarget(
            @PathVariable UUID agreementId,
            @PathVariable UUID indicatorId,
            @Body @Valid TargetAdjustment adjustment,
            Authentication authentication,
            HttpRequest<?> request) {
        Audited.Reason.attach(request, adjustment.reason());
        return respond(adjust.adjustTarget(new AdjustPerformanceAgreement.TargetAdjustment(
                new PerformanceAgreementId(agreementId),
                adjustment.version(),
                new IndicatorId(indicatorId),
                adjustment.target().toTarget(),
                adjustment.reason(),
                SignedInUser.actor(authentication))));
    }

    @Post("/performance-agreements/{agreementId}/sign")
    @Secured(Roles.PLANNER)
    @Audited(entity = "performance-agreement", idVariables = "agreementId")
    public AgreementResponse sign(
            @PathVariable UUID agreementId, @Body @Valid Signing signing, Authentication authentication) {
        return respond(sign.sign(
                new PerformanceAgreementId(agreementId),
                signing.version(),
                signing.signedOn(),
                SignedInUser.actor(authentication)));
    }

    @Post("/performance-agreements/{agreementId}/revise")
    @Secured(Roles.PLANNER)
    @Audited(entity = "performance-agreement")
    public HttpResponse<AgreementResponse> revise(
            @PathVariable UUID agreementId,
            @Body @Valid Revision revision,
            Authentication authentication,
            HttpRequest<?> request) {
        Audited.Reason.attach(request, revision.reason());
        PerformanceAgreement revised = sign.revise(
                new PerformanceAgreementId(agreementId), revision.reason(), SignedInUser.actor(authentication));
        return HttpResponse.created(respond(revised))
                .headers(headers -> headers.location(URI.create(
                        "/api/v1/performance-agreements/" + revised.id().value())));
    }

    private AgreementResponse respond(PerformanceAgreement agreement) {
        return AgreementResponse.of(read.sheet(agreement.id()));
    }

    private static HttpResponse<?> answer(AgreementSheet sheet, HttpRequest<?> request) {
        Optional<DocumentFormat> format = DocumentAnswers.requested(request);
        if (format.isPresent()) {
            String name = "perjanjian-kinerja-" + sheet.year().value()
                    + sheet.agreement().map(pk -> "-v" + pk.number()).orElse("");
            return DocumentAnswers.file(format.get(), AgreementDocument.of(sheet), name);
        }
        return HttpResponse.ok(AgreementResponse.of(sheet)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
