package id.kinerja.web.archive;

import id.kinerja.domain.archive.ImportRegistry;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Submitted;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Arsip: administrators download the whole registry (the API's {@code /api/v1/archive}, which the signed-in
 * browser reaches with its cookie) and import an archive into a fresh instance from a form.
 */
@Controller("/arsip")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
public class ArchivePageController {
    private final ImportRegistry importer;
    private final FormSubmission forms;

    ArchivePageController(ImportRegistry importer, FormSubmission forms) {
        this.importer = importer;
        this.forms = forms;
    }

    @Get
    public ModelAndView<ArchivePage> page(@Nullable @QueryValue Long diimpor) {
        return new ModelAndView<>("archive", new ArchivePage(null, diimpor));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Audited(entity = "archive")
    public HttpResponse<?> importArchive(HttpRequest<?> request, @Part("file") CompletedFileUpload file) {
        return forms.carryOut(
                request,
                "arsip",
                () -> Submitted.goTo("/arsip?diimpor=" + importFile(file)),
                refusal -> new ModelAndView<>("archive", new ArchivePage(refusal, null)));
    }

    private long importFile(CompletedFileUpload file) {
        Path copy = null;
        try {
            copy = Files.createTempFile("kinerja-import-", ".zip");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return importer.importFrom(copy).totalRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }
}
