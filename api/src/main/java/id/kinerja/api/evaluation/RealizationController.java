package id.kinerja.api.evaluation;

import id.kinerja.api.evaluation.EvaluationResources.EvidenceResponse;
import id.kinerja.api.evaluation.EvaluationResources.LinkRequest;
import id.kinerja.api.evaluation.EvaluationResources.RealizationDetail;
import id.kinerja.api.evaluation.EvaluationResources.RealizationRequest;
import id.kinerja.api.evaluation.EvaluationResources.RealizationResponse;
import id.kinerja.api.evaluation.EvaluationResources.ReviewStep;
import id.kinerja.api.shared.PageResponse;
import id.kinerja.api.shared.Paging;
import id.kinerja.api.shared.WarningResponse;
import id.kinerja.domain.evaluation.AttachEvidence;
import id.kinerja.domain.evaluation.Evidence;
import id.kinerja.domain.evaluation.ReadRealizations;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.domain.evaluation.RealizationWarnings;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.evaluation.ReviewRealization;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.download.Download;
import id.kinerja.http.problem.Messages;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.http.upload.DeclaredFile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Realisasi: evaluators record and submit what an indicator achieved, auditors verify it or return it with
 * a reason, a verified one is corrected by reopening it. Every step carries the version it was read at, so
 * that two people's changes never silently overwrite each other.
 */
@Controller("/api/v1")
@Tag(name = "Realisasi / Realizations")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RealizationController {
    private final ReadRealizations realizations;
    private final RecordRealization record;
    private final ReviewRealization review;
    private final AttachEvidence attach;
    private final Messages texts;

    public RealizationController(
            ReadRealizations realizations,
            RecordRealization record,
            ReviewRealization review,
            AttachEvidence attach,
            Messages texts) {
        this.realizations = realizations;
        this.record = record;
        this.review = review;
        this.attach = attach;
        this.texts = texts;
    }

    @Post("/indicators/{id}/realizations")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "realization")
    public HttpResponse<RealizationResponse> record(
            @PathVariable UUID id, @Body @Valid RealizationRequest request, Authentication authentication) {
        Realization recorded = record.record(new RecordRealization.Command(
                authentication.getName(),
                new IndicatorId(id),
                request.year() == null ? null : Year.of(request.year()),
                request.period(),
                request.amount(),
                request.text(),
                request.fromSurvey() == null ? null : new SurveyId(request.fromSurvey()),
                request.narrative()));
        return HttpResponse.created(
                RealizationResponse.of(recorded, List.of())
                        .withWarnings(WarningResponse.of(RealizationWarnings.of(recorded), texts)),
                URI.create("/api/v1/realizations/" + recorded.id()));
    }

    /** The indicator's current realizations, every year and period. */
    @Get("/indicators/{id}/realizations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<RealizationResponse> ofIndicator(@PathVariable UUID id) {
        List<Realization> current = realizations.currentOf(new IndicatorId(id));
        return withEvidence(current);
    }

    /** The auditor's queue and the evaluator's returned list: current realizations in a review status. */
    @Get("/realizations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public PageResponse<RealizationResponse> withStatus(
            @QueryValue ReviewStatus status, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        Page<Realization> found = realizations.withStatus(status, Paging.of(page, size));
        List<RealizationResponse> items = withEvidence(found.items());
        return PageResponse.of(new Page<>(items, found.request(), found.total()), item -> item);
    }

    @Get("/realizations/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public RealizationDetail get(@PathVariable UUID id) {
        Realization realization = realizations.get(new RealizationId(id));
        List<Realization> chain = realizations.chainOf(realization);
        List<RealizationResponse> versions = withEvidence(chain);
        RealizationResponse self = versions.stream()
                .filter(version -> version.id().equals(id))
                .findFirst()
                .orElseThrow();
        return new RealizationDetail(self, versions);
    }

    @Put("/realizations/{id}")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "realization", idVariables = "id")
    public RealizationResponse revise(
            @PathVariable UUID id, @Body @Valid RealizationRequest request, Authentication authentication) {
        Realization revised = record.revise(new RecordRealization.Revision(
                authentication.getName(),
                new RealizationId(id),
                InvalidValue.requirePresent(request.version(), "version"),
                request.amount(),
                request.text(),
                request.fromSurvey() == null ? null : new SurveyId(request.fromSurvey()),
                request.narrative()));
        return withEvidence(List.of(revised))
                .get(0)
                .withWarnings(WarningResponse.of(RealizationWarnings.of(revised), texts));
    }

    /**
     * The narrative alone, the value and its source kept: a value taken from a survey stays the survey's, at
     * the result version it was taken from.
     */
    @Put("/realizations/{id}/narrative")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "realization", idVariables = "id")
    public RealizationResponse reviseNarrative(
            @PathVariable UUID id, @Body @Valid RealizationRequest request, Authentication authentication) {
        Realization revised = record.reviseNarrative(
                authentication.getName(),
                new RealizationId(id),
                InvalidValue.requirePresent(request.version(), "version"),
                request.narrative());
        return withEvidence(List.of(revised))
                .get(0)
                .withWarnings(WarningResponse.of(RealizationWarnings.of(revised), texts));
    }

    @Post("/realizations/{id}/submit")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "realization", idVariables = "id")
    public RealizationResponse submit(
            @PathVariable UUID id, @Body @Valid ReviewStep step, Authentication authentication) {
        return respond(review.submit(new RealizationId(id), step.version(), authentication.getName()));
    }

    @Post("/realizations/{id}/verify")
    @Secured(Roles.AUDITOR)
    @Audited(entity = "realization", idVariables = "id")
    public RealizationResponse verify(
            @PathVariable UUID id, @Body @Valid ReviewStep step, Authentication authentication) {
        return respond(review.verify(new RealizationId(id), step.version(), authentication.getName()));
    }

    @Post("/realizations/{id}/return")
    @Secured(Roles.AUDITOR)
    @Audited(entity = "realization", idVariables = "id")
    public RealizationResponse returnForCorrection(
            @PathVariable UUID id,
            @Body @Valid ReviewStep step,
            Authentication authentication,
            HttpRequest<?> request) {
        Audited.Reason.attach(request, step.reason());
        return respond(review.returnForCorrection(
                new RealizationId(id), step.version(), authentication.getName(), step.reason()));
    }

    /** Opens a correction of a verified realization: a new draft naming it and the reason. */
    @Post("/realizations/{id}/reopen")
    @Secured({Roles.EVALUATOR, Roles.AUDITOR, Roles.ADMIN})
    // recorded against the verified realization reopened; its "after" is the correction opened
    @Audited(entity = "realization", idVariables = "id")
    public HttpResponse<RealizationResponse> reopen(
            @PathVariable UUID id,
            @Body @Valid ReviewStep step,
            HttpRequest<?> request,
            Authentication authentication) {
        Audited.Reason.attach(request, step.reason());
        Realization correction =
                record.reopen(SignedInUser.actor(authentication), new RealizationId(id), step.version(), step.reason());
        return HttpResponse.created(respond(correction), URI.create("/api/v1/realizations/" + correction.id()));
    }

    /** An evidence file as the multipart part {@code file}, with an optional part {@code title}. */
    @Post(value = "/realizations/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "evidence")
    public HttpResponse<EvidenceResponse> upload(
            @PathVariable UUID id, @Part("file") CompletedFileUpload file, Authentication authentication) {
        try {
            Evidence added = attach.attachFile(
                    new RealizationId(id),
                    file.getFilename(),
                    DeclaredFile.mediaType(file),
                    file.getInputStream(),
                    authentication.getName());
            return HttpResponse.created(EvidenceResponse.of(added));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Post(value = "/realizations/{id}/evidence", consumes = MediaType.APPLICATION_JSON)
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "evidence")
    public HttpResponse<EvidenceResponse> link(
            @PathVariable UUID id, @Body @Valid LinkRequest link, Authentication authentication) {
        return HttpResponse.created(EvidenceResponse.of(
                attach.attachLink(new RealizationId(id), link.title(), link.url(), authentication.getName())));
    }

    /** The file as uploaded, with its SHA-256 in the ETag and Repr-Digest headers to check the copy. */
    @Get("/realizations/{id}/evidence/{evidenceId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<byte[]> download(@PathVariable UUID id, @PathVariable UUID evidenceId) {
        ReadRealizations.EvidenceFile file = realizations.file(new RealizationId(id), evidenceId);
        Evidence found = file.evidence();
        byte[] content = file.content();
        return Download.stored(content, found.mediaType(), found.fileName(), found.sha256());
    }

    private RealizationResponse respond(Realization realization) {
        return withEvidence(List.of(realization)).get(0);
    }

    /** Realizations with their evidence, read in one go. */
    private List<RealizationResponse> withEvidence(List<Realization> found) {
        List<Evidence> attached =
                realizations.evidenceOf(found.stream().map(Realization::id).toList());
        return found.stream()
                .map(realization -> RealizationResponse.of(realization, attached))
                .toList();
    }
}
