package id.kinerja.api.realizationimport;

import id.kinerja.api.realizationimport.RealizationImportResources.CommitResponse;
import id.kinerja.api.realizationimport.RealizationImportResources.PreviewResponse;
import id.kinerja.documents.realizationimport.RealizationSheetWorkbook;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.realizationimport.CommitRealizationImport;
import id.kinerja.domain.realizationimport.PreviewRealizationImport;
import id.kinerja.domain.realizationimport.RealizationImportId;
import id.kinerja.domain.realizationimport.RealizationTemplate;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.download.Download;
import id.kinerja.http.problem.Messages;
import id.kinerja.http.security.Roles;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

/**
 * Realizations in bulk: an evaluator of a unit downloads the unit's realization sheet for a year and period,
 * fills in the values, uploads it and gets back what was understood row by row with every doubt and refusal;
 * committing it records each value as a draft realization sourced from the import, with the file as evidence.
 */
@Controller("/api/v1/realization-imports")
@Tag(name = "Impor realisasi / Realization imports")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.EVALUATOR)
public class RealizationImportController {
    private final RealizationTemplate templates;
    private final PreviewRealizationImport preview;
    private final CommitRealizationImport commit;
    private final Messages texts;

    public RealizationImportController(
            RealizationTemplate templates,
            PreviewRealizationImport preview,
            CommitRealizationImport commit,
            Messages texts) {
        this.templates = templates;
        this.preview = preview;
        this.commit = commit;
        this.texts = texts;
    }

    /** The unit's sheet for the year and period, pre-filled with its indicators and targets. */
    @Get("/template")
    @Produces(CommitRealizationImport.XLSX)
    public HttpResponse<byte[]> template(
            @QueryValue String unitId, @QueryValue int year, @QueryValue String period, Authentication authentication) {
        RealizationTemplate.Template template =
                templates.of(authentication.getName(), unitOf(unitId), Year.of(year), periodOf(period));
        return Download.of(
                RealizationSheetWorkbook.write(template),
                CommitRealizationImport.XLSX,
                RealizationSheetWorkbook.fileName(template));
    }

    /** Multipart: the file in the part {@code file}, the unit, year and period in parts of those names. */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Audited(entity = "realization-import")
    public HttpResponse<PreviewResponse> upload(
            @Part("file") CompletedFileUpload file,
            @Part("unitId") String unitId,
            @Part("year") String year,
            @Part("period") String period,
            Authentication authentication) {
        PreviewResponse answer = PreviewResponse.of(
                preview.preview(new PreviewRealizationImport.Command(
                        authentication.getName(),
                        unitOf(unitId),
                        yearOf(year),
                        periodOf(period),
                        file.getFilename(),
                        bytesOf(file))),
                texts);
        return HttpResponse.created(answer, URI.create("/api/v1/realization-imports/" + answer.id()));
    }

    /** The preview of an uploaded sheet, read again from its file. */
    @Get("/{id}")
    public PreviewResponse show(@PathVariable UUID id, Authentication authentication) {
        return PreviewResponse.of(preview.show(authentication.getName(), new RealizationImportId(id)), texts);
    }

    /** Records every value of the previewed sheet as a draft realization, all or nothing. */
    @Post("/{id}/commit")
    @Audited(entity = "realization-import", idVariables = "id")
    public HttpResponse<CommitResponse> commit(@PathVariable UUID id, Authentication authentication) {
        CommitResponse answer = CommitResponse.of(commit.commit(authentication.getName(), new RealizationImportId(id)));
        return HttpResponse.created(answer, URI.create("/api/v1/realization-imports/" + id));
    }

    static OrganizationUnitId unitOf(String unitId) {
        try {
            return new OrganizationUnitId(
                    UUID.fromString(InvalidValue.requireText(unitId, "unitId").strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(
                    "realization-import.unit-unreadable", "unitId", "'" + unitId + "' is not a unit id", unitId);
        }
    }

    static Year yearOf(String year) {
        try {
            return Year.of(
                    Integer.parseInt(InvalidValue.requireText(year, "year").strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValue("realization-import.year-unreadable", "year", "'" + year + "' is not a year", year);
        }
    }

    static ReportingPeriod periodOf(String period) {
        try {
            return ReportingPeriod.valueOf(
                    InvalidValue.requireText(period, "period").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(
                    "realization-import.period-unreadable",
                    "period",
                    "'" + period + "' is not a reporting period (ANNUAL, S1, S2, Q1–Q4)",
                    period);
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
