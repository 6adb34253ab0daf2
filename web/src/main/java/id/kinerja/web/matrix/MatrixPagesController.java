package id.kinerja.web.matrix;

import id.kinerja.domain.matrix.CommitIndicatorMatrix;
import id.kinerja.domain.matrix.IndicatorMatrixId;
import id.kinerja.domain.matrix.PreviewIndicatorMatrix;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Matriks IKU for planners: upload, preview with doubts, confirm directions, commit into a draft decree. */
@Controller("/matriks")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PLANNER)
public class MatrixPagesController {
    private final PreviewIndicatorMatrix preview;
    private final CommitIndicatorMatrix commit;
    private final UnitPicker units;
    private final FormSubmission forms;
    private final Words words;

    MatrixPagesController(
            PreviewIndicatorMatrix preview,
            CommitIndicatorMatrix commit,
            UnitPicker units,
            FormSubmission forms,
            Words words) {
        this.preview = preview;
        this.commit = commit;
        this.units = units;
        this.forms = forms;
        this.words = words;
    }

    @Get
    public ModelAndView<MatrixUploadView> uploadPage() {
        return new ModelAndView<>("matrix-upload", new MatrixUploadView(units.all(), null, null));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Audited(entity = "indicator-matrix")
    public HttpResponse<?> upload(
            HttpRequest<?> request,
            @Part("file") CompletedFileUpload file,
            @Nullable @Part("unitId") String unitId,
            Authentication authentication) {
        return forms.carryOut(
                request,
                "matriks",
                () -> {
                    var previewed = preview.preview(new PreviewIndicatorMatrix.Command(
                            unitOf(unitId), file.getFilename(), bytesOf(file), authentication.getName()));
                    String id = previewed.matrix().id().toString();
                    return Submitted.changed("/matriks/" + id, id, UploadedMatrix.of(previewed.matrix()));
                },
                refusal -> new ModelAndView<>("matrix-upload", new MatrixUploadView(units.all(), unitId, refusal)));
    }

    @Get("/{id}")
    public ModelAndView<MatrixPreviewView> previewPage(@PathVariable UUID id) {
        return new ModelAndView<>(
                "matrix-preview", MatrixPreviewView.of(preview.show(new IndicatorMatrixId(id)), words, "", null));
    }

    @Post("/{id}/simpan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(entity = "decree")
    public HttpResponse<?> commit(
            HttpRequest<?> request, @PathVariable UUID id, @Body MatrixCommitForm form, Authentication authentication) {
        IndicatorMatrixId matrix = new IndicatorMatrixId(id);
        return forms.submit(
                request,
                "simpan",
                form,
                typed -> {
                    var decree = commit.commit(typed.command(SignedInUser.actor(authentication), matrix));
                    return Submitted.changed(
                            "/keputusan/" + decree.id(), decree.id().toString(), decree);
                },
                refusal -> new ModelAndView<>(
                        "matrix-preview",
                        MatrixPreviewView.of(
                                preview.show(matrix), words, form.number() == null ? "" : form.number(), refusal)));
    }

    private static OrganizationUnitId unitOf(String unitId) {
        try {
            return new OrganizationUnitId(
                    UUID.fromString(InvalidValue.requireText(unitId, "unitId").strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("matrix.unit-unreadable", "unitId", "'" + unitId + "' is not a unit id", unitId);
        }
    }

    private static byte[] bytesOf(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
