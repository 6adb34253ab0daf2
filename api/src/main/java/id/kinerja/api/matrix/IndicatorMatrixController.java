package id.kinerja.api.matrix;

import id.kinerja.api.decree.DecreeResources.DecreeResponse;
import id.kinerja.api.matrix.MatrixResources.CommitRequest;
import id.kinerja.api.matrix.MatrixResources.DirectionChoice;
import id.kinerja.api.matrix.MatrixResources.PreviewResponse;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.matrix.CommitIndicatorMatrix;
import id.kinerja.domain.matrix.IndicatorMatrixId;
import id.kinerja.domain.matrix.PreviewIndicatorMatrix;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.problem.Messages;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Matriks IKU: a planner uploads a unit's matrix (XLSX, or CSV as Indonesian Excel writes it) and gets back what
 * was understood row by row, with every doubt and refusal; committing it makes a draft decree in one
 * transaction.
 */
@Controller("/api/v1/indicator-matrices")
@Tag(name = "Matriks IKU / Indicator matrices")
@ExecuteOn(TaskExecutors.BLOCKING)
public class IndicatorMatrixController {
    private final PreviewIndicatorMatrix preview;
    private final CommitIndicatorMatrix commit;
    private final Messages texts;

    public IndicatorMatrixController(PreviewIndicatorMatrix preview, CommitIndicatorMatrix commit, Messages texts) {
        this.preview = preview;
        this.commit = commit;
        this.texts = texts;
    }

    /** Multipart: the file in the part {@code file}, the unit in the part {@code unitId}. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.PLANNER)
    @Audited(entity = "indicator-matrix")
    public HttpResponse<PreviewResponse> upload(
            @Part("file") CompletedFileUpload file, @Part("unitId") String unitId, Authentication authentication) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PreviewResponse answer = PreviewResponse.of(
                preview.preview(new PreviewIndicatorMatrix.Command(
                        unitOf(unitId), file.getFilename(), content, authentication.getName())),
                texts);
        return HttpResponse.created(answer, URI.create("/api/v1/indicator-matrices/" + answer.id()));
    }

    /** Makes the previewed matrix a draft decree; answers the decree, whose {@code id} the pages and API use. */
    @Post("/{id}/commit")
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree")
    public HttpResponse<DecreeResponse> commit(
            @PathVariable UUID id, @Body @Valid CommitRequest request, Authentication authentication) {
        Map<Long, Polarity> directions = new HashMap<>();
        for (DirectionChoice choice :
                request.directions() == null ? List.<DirectionChoice>of() : request.directions()) {
            directions.put(choice.row(), choice.polarity());
        }
        Decree decree = commit.commit(new CommitIndicatorMatrix.Command(
                SignedInUser.actor(authentication),
                new IndicatorMatrixId(id),
                request.number(),
                request.title(),
                request.issuingOfficial(),
                request.signatoryName(),
                request.signatoryPosition(),
                directions));
        return HttpResponse.created(DecreeResponse.of(decree, List.of()), URI.create("/api/v1/decrees/" + decree.id()));
    }

    private static OrganizationUnitId unitOf(String unitId) {
        try {
            return new OrganizationUnitId(
                    UUID.fromString(InvalidValue.requireText(unitId, "unitId").strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("matrix.unit-unreadable", "unitId", "'" + unitId + "' is not a unit id", unitId);
        }
    }
}
