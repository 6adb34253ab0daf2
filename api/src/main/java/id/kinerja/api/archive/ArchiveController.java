package id.kinerja.api.archive;

import id.kinerja.domain.archive.ArchiveSummary;
import id.kinerja.domain.archive.ExportRegistry;
import id.kinerja.domain.archive.ImportRegistry;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Arsip: the whole registry as one ZIP, and back into an empty instance. The archive is written to a
 * temporary file first and then streamed, so that neither side holds it in memory; it carries password
 * hashes and evidence files, so only administrators may take it out.
 */
@Controller("/api/v1/archive")
@Tag(name = "Arsip / Archive")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
public class ArchiveController {
    static final MediaType ZIP = MediaType.of("application/zip");

    private final ExportRegistry export;
    private final ImportRegistry importer;

    public ArchiveController(ExportRegistry export, ImportRegistry importer) {
        this.export = export;
        this.importer = importer;
    }

    /** What an archive held, table by table in the order it was restored. */
    @Serdeable
    public record ArchiveResponse(
            String schemaVersion, String kinerjaVersion, Instant createdAt, long totalRows, Map<String, Long> rows) {
        static ArchiveResponse of(ArchiveSummary summary) {
            return new ArchiveResponse(
                    summary.schemaVersion(),
                    summary.kinerjaVersion(),
                    summary.createdAt(),
                    summary.totalRows(),
                    summary.rows());
        }
    }

    @Get(produces = "application/zip")
    public HttpResponse<StreamedFile> download() throws IOException {
        Path file = Files.createTempFile("kinerja-archive-", ".zip");
        ArchiveSummary summary;
        try (OutputStream out = Files.newOutputStream(file)) {
            summary = export.export(out);
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        String name = "kinerja-"
                + DateTimeFormatter.ISO_INSTANT
                        .format(summary.createdAt().truncatedTo(ChronoUnit.SECONDS))
                        .replace(":", "")
                + ".zip";
        InputStream in = new FileInputStream(file.toFile()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    Files.deleteIfExists(file);
                }
            }
        };
        return HttpResponse.ok(
                        new StreamedFile(in, ZIP, summary.createdAt().toEpochMilli(), Files.size(file)).attach(name))
                .header("X-Kinerja-Schema-Version", summary.schemaVersion());
    }

    /** Imports an archive (multipart part {@code file}) into this instance, which must be a fresh one. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Audited(entity = "archive")
    public ArchiveResponse upload(@Part("file") CompletedFileUpload file) {
        Path copy = null;
        try {
            copy = Files.createTempFile("kinerja-import-", ".zip");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return ArchiveResponse.of(importer.importFrom(copy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    copy.toFile().deleteOnExit();
                }
            }
        }
    }
}
