package id.kinerja.web.realizationimport;

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
import id.kinerja.http.security.Roles;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
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
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Impor realisasi for evaluators: the unit's sheet to download, its upload, its preview, its commit. */
@Controller("/impor-realisasi")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.EVALUATOR)
public class RealizationImportPagesController {
    private final RealizationTemplate templates;
    private final PreviewRealizationImport preview;
    private final CommitRealizationImport commit;
    private final UnitPicker units;
    private final FormSubmission forms;
    private final Words words;
    private final Clock clock;

    RealizationImportPagesController(
            RealizationTemplate templates,
            PreviewRealizationImport preview,
            CommitRealizationImport commit,
            UnitPicker units,
            FormSubmission forms,
            Words words,
            Clock clock) {
        this.templates = templates;
        this.preview = preview;
        this.commit = commit;
        this.units = units;
        this.forms = forms;
        this.words = words;
        this.clock = clock;
    }

    @Get
    public ModelAndView<ImportUploadView> uploadPage() {
        return new ModelAndView<>("realization-import-upload", view(null, null, null, null));
    }

    /** The unit's sheet for the year and period, pre-filled with its indicators and targets. */
    @Get("/templat")
    @Produces(CommitRealizationImport.XLSX)
    public HttpResponse<byte[]> template(
            @QueryValue String unitId,
            @QueryValue String year,
            @QueryValue String period,
            Authentication authentication) {
        RealizationTemplate.Template template =
                templates.of(authentication.getName(), unitOf(unitId), yearOf(year), periodOf(period));
        return Download.of(
                RealizationSheetWorkbook.write(template),
                CommitRealizationImport.XLSX,
                RealizationSheetWorkbook.fileName(template));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Audited(entity = "realization-import")
    public HttpResponse<?> upload(
            HttpRequest<?> request,
            @Part("file") CompletedFileUpload file,
            @Nullable @Part("unitId") String unitId,
            @Nullable @Part("year") String year,
            @Nullable @Part("period") String period,
            Authentication authentication) {
        return forms.carryOut(
                request,
                "unggah",
                () -> {
                    var previewed = preview.preview(new PreviewRealizationImport.Command(
                            authentication.getName(),
                            unitOf(unitId),
                            yearOf(year),
                            periodOf(period),
                            file.getFilename(),
                            bytesOf(file)));
                    String id = previewed.sheet().id().toString();
                    return Submitted.changed("/impor-realisasi/" + id, id, UploadedSheet.of(previewed.sheet()));
                },
                refusal -> new ModelAndView<>("realization-import-upload", view(unitId, year, period, refusal)));
    }

    @Get("/{id}")
    public ModelAndView<ImportPreviewView> previewPage(@PathVariable UUID id, Authentication authentication) {
        return new ModelAndView<>(
                "realization-import-preview",
                ImportPreviewView.of(preview.show(authentication.getName(), new RealizationImportId(id)), words, null));
    }

    @Post("/{id}/simpan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(entity = "realization-import")
    public HttpResponse<?> commit(HttpRequest<?> request, @PathVariable UUID id, Authentication authentication) {
        RealizationImportId sheet = new RealizationImportId(id);
        return forms.carryOut(
                request,
                "simpan",
                () -> {
                    var committed = commit.commit(authentication.getName(), sheet);
                    return Submitted.changed("/impor-realisasi/" + id, id.toString(), CommittedSheet.of(committed));
                },
                refusal -> new ModelAndView<>(
                        "realization-import-preview",
                        ImportPreviewView.of(preview.show(authentication.getName(), sheet), words, refusal)));
    }

    private ImportUploadView view(String unitId, String year, String period, id.kinerja.web.page.Refusal refusal) {
        String chosenPeriod = period == null ? ReportingPeriod.ANNUAL.name() : period;
        return new ImportUploadView(
                units.all(),
                Arrays.stream(ReportingPeriod.values())
                        .map(p -> new ImportUploadView.PeriodChoice(
                                p.name(), words.label(p), p.name().equals(chosenPeriod)))
                        .toList(),
                unitId,
                year == null
                        ? Integer.toString(clock.instant()
                                .atZone(ZoneId.of("Asia/Pontianak"))
                                .getYear())
                        : year,
                refusal);
    }

    private static OrganizationUnitId unitOf(String unitId) {
        try {
            return new OrganizationUnitId(
                    UUID.fromString(InvalidValue.requireText(unitId, "unitId").strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(
                    "realization-import.unit-unreadable", "unitId", "'" + unitId + "' is not a unit id", unitId);
        }
    }

    private static Year yearOf(String year) {
        try {
            return Year.of(
                    Integer.parseInt(InvalidValue.requireText(year, "year").strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValue("realization-import.year-unreadable", "year", "'" + year + "' is not a year", year);
        }
    }

    private static ReportingPeriod periodOf(String period) {
        try {
            return ReportingPeriod.valueOf(
                    InvalidValue.requireText(period, "period").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(
                    "realization-import.period-unreadable", "period", "'" + period + "' is not a period", period);
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
