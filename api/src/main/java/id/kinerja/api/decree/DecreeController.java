package id.kinerja.api.decree;

import id.kinerja.api.decree.DecreeResources.DecreeRequest;
import id.kinerja.api.decree.DecreeResources.DecreeResponse;
import id.kinerja.api.decree.DecreeResources.EnactRequest;
import id.kinerja.api.decree.DecreeResources.RevokeRequest;
import id.kinerja.api.shared.DocumentAnswers;
import id.kinerja.api.shared.PageResponse;
import id.kinerja.api.shared.Paging;
import id.kinerja.documents.decree.DecreeDocument;
import id.kinerja.documents.render.DocumentFormat;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DeleteDraftDecree;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.decree.ReadDecrees;
import id.kinerja.domain.decree.ReviseDraftDecree;
import id.kinerja.domain.decree.RevokeDecree;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.indicator.ReadDecreeAnnex;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import java.util.Optional;
import java.util.UUID;

/** Keputusan: everyone signed in reads decrees; planners draft, revise, delete drafts, enact and revoke them. */
@Controller("/api/v1/decrees")
@Tag(name = "Keputusan / Decrees")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DecreeController {
    private final ReadDecrees decrees;
    private final DraftDecree draft;
    private final ReviseDraftDecree revise;
    private final EnactDecree enact;
    private final RevokeDecree revoke;
    private final ReadDecreeAnnex annexes;
    private final DeleteDraftDecree deleteDraft;

    public DecreeController(
            ReadDecrees decrees,
            DraftDecree draft,
            ReviseDraftDecree revise,
            EnactDecree enact,
            RevokeDecree revoke,
            ReadDecreeAnnex annexes,
            DeleteDraftDecree deleteDraft) {
        this.decrees = decrees;
        this.deleteDraft = deleteDraft;
        this.annexes = annexes;
        this.draft = draft;
        this.revise = revise;
        this.enact = enact;
        this.revoke = revoke;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public PageResponse<DecreeResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(decrees.list(Paging.of(page, size)), decree -> DecreeResponse.of(decree, null));
    }

    /**
     * One decree, with the later decrees that amend or supersede it; by {@code Accept}, the decree with its
     * annex as PDF (annex in landscape), DOCX or XLSX (the annex table).
     */
    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces({MediaType.APPLICATION_JSON, DocumentAnswers.PDF, DocumentAnswers.DOCX, DocumentAnswers.XLSX})
    public HttpResponse<?> get(@PathVariable UUID id, HttpRequest<?> request) {
        DecreeId decreeId = new DecreeId(id);
        Optional<DocumentFormat> format = DocumentAnswers.requested(request);
        if (format.isPresent()) {
            DecreeAnnex annex = annexes.read(decreeId);
            return DocumentAnswers.file(
                    format.get(),
                    DecreeDocument.of(annex),
                    "keputusan-" + annex.decree().content().number().value());
        }
        return HttpResponse.ok(DecreeResponse.of(
                        decrees.get(decreeId),
                        decrees.laterDecreesOf(decreeId).stream()
                                .map(Decree::id)
                                .toList()))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Post
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree")
    public HttpResponse<DecreeResponse> draft(@Body @Valid DecreeRequest request, Authentication authentication) {
        UUID unit = InvalidValue.requirePresent(request.issuingUnitId(), "issuingUnitId");
        Decree drafted = draft.draft(new DraftDecree.Command(
                SignedInUser.actor(authentication),
                new OrganizationUnitId(unit),
                request.content(),
                request.decreeRelation()));
        return HttpResponse.created(
                DecreeResponse.of(drafted, java.util.List.of()), URI.create("/api/v1/decrees/" + drafted.id()));
    }

    @Put("/{id}")
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree", idVariables = "id")
    public DecreeResponse revise(
            @PathVariable UUID id, @Body @Valid DecreeRequest request, Authentication authentication) {
        long version = InvalidValue.requirePresent(request.version(), "version");
        return DecreeResponse.of(
                revise.revise(new ReviseDraftDecree.Command(
                        SignedInUser.actor(authentication), new DecreeId(id), version, request.content())),
                null);
    }

    /** A draft thrown away with its annex, at the version the planner saw; an enacted decree is revoked instead. */
    @Delete("/{id}")
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree", idVariables = "id")
    public HttpResponse<?> delete(@PathVariable UUID id, @QueryValue Long version, Authentication authentication) {
        deleteDraft.delete(new DeleteDraftDecree.Command(
                SignedInUser.actor(authentication), new DecreeId(id), InvalidValue.requirePresent(version, "version")));
        return HttpResponse.noContent();
    }

    @Post("/{id}/enact")
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree", idVariables = "id")
    public DecreeResponse enact(
            @PathVariable UUID id, @Body @Valid EnactRequest request, Authentication authentication) {
        return DecreeResponse.of(
                enact.enact(new EnactDecree.Command(
                        SignedInUser.actor(authentication), new DecreeId(id), request.version(), request.enactedOn())),
                null);
    }

    @Post("/{id}/revoke")
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree", idVariables = "id")
    public DecreeResponse revoke(
            @PathVariable UUID id,
            @Body @Valid RevokeRequest request,
            io.micronaut.http.HttpRequest<?> http,
            Authentication authentication) {
        Audited.Reason.attach(http, request.reason());
        return DecreeResponse.of(
                revoke.revoke(new RevokeDecree.Command(
                        SignedInUser.actor(authentication),
                        new DecreeId(id),
                        request.version(),
                        new Decree.Revocation(request.revokedOn(), request.reason()))),
                null);
    }
}
