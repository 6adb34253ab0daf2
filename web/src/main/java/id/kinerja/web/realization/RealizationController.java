package id.kinerja.web.realization;

import id.kinerja.domain.evaluation.AttachEvidence;
import id.kinerja.domain.evaluation.Evidence;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.evaluation.ReviewRealization;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.upload.DeclaredFile;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Submitted;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.function.Function;

/** A realization's page and its review: edit, evidence, submit, verify, return with a reason. */
@Controller("/realisasi/{id}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RealizationController {
    private final RealizationPage page;
    private final RecordRealization record;
    private final ReviewRealization review;
    private final AttachEvidence attachEvidence;
    private final FormSubmission forms;

    RealizationController(
            RealizationPage page,
            RecordRealization record,
            ReviewRealization review,
            AttachEvidence attachEvidence,
            FormSubmission forms) {
        this.page = page;
        this.record = record;
        this.review = review;
        this.attachEvidence = attachEvidence;
        this.forms = forms;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<RealizationView> show(@PathVariable UUID id, Authentication authentication) {
        return page.show(id, authentication, null, null);
    }

    /** A new value written the Indonesian way; the page then shows what it understood. */
    @Post("/ubah")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "realization", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revise(
            HttpRequest<?> request, @PathVariable UUID id, @Body RevisionForm form, Authentication authentication) {
        return forms.submit(
                request,
                "ubah",
                form,
                typed -> changed(id, record.revise(typed.revision(authentication.getName(), new RealizationId(id)))),
                refusal -> page.show(id, authentication, form, refusal));
    }

    @Post("/ajukan")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "realization", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> submit(
            HttpRequest<?> request, @PathVariable UUID id, @Body ReviewForm form, Authentication authentication) {
        return step(
                request,
                id,
                form,
                authentication,
                "ajukan",
                typed -> review.submit(new RealizationId(id), typed.expectedVersion(), authentication.getName()));
    }

    @Post("/verifikasi")
    @Secured(Roles.AUDITOR)
    @Audited(entity = "realization", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> verify(
            HttpRequest<?> request, @PathVariable UUID id, @Body ReviewForm form, Authentication authentication) {
        return step(
                request,
                id,
                form,
                authentication,
                "periksa",
                typed -> review.verify(new RealizationId(id), typed.expectedVersion(), authentication.getName()));
    }

    @Post("/kembalikan")
    @Secured(Roles.AUDITOR)
    @Audited(entity = "realization", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> returnForCorrection(
            HttpRequest<?> request, @PathVariable UUID id, @Body ReviewForm form, Authentication authentication) {
        return step(
                request,
                id,
                form,
                authentication,
                "periksa",
                typed -> review.returnForCorrection(
                        new RealizationId(id),
                        typed.expectedVersion(),
                        authentication.getName(),
                        typed.writtenReason()));
    }

    /** An evidence file, kept with its SHA-256; the page lists it with its download link. */
    @Post(value = "/bukti", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "evidence")
    public HttpResponse<?> uploadEvidence(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Part("file") CompletedFileUpload file,
            Authentication authentication) {
        return forms.carryOut(
                request,
                "bukti",
                () -> {
                    Evidence added = attach(id, file, authentication.getName());
                    return Submitted.changed("/realisasi/" + id, added.id(), added);
                },
                refusal -> page.show(id, authentication, null, refusal));
    }

    private Evidence attach(UUID id, CompletedFileUpload file, String evaluator) {
        try (InputStream content = file.getInputStream()) {
            return attachEvidence.attachFile(
                    new RealizationId(id), file.getFilename(), DeclaredFile.mediaType(file), content, evaluator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<?> step(
            HttpRequest<?> request,
            UUID id,
            ReviewForm form,
            Authentication authentication,
            String formName,
            Function<ReviewForm, Realization> action) {
        return forms.submit(
                request,
                formName,
                form,
                typed -> changed(id, action.apply(typed)),
                refusal -> page.show(id, authentication, null, refusal));
    }

    private static Submitted changed(UUID id, Realization realization) {
        return Submitted.changed("/realisasi/" + id, id, realization);
    }
}
