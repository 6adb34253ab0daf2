package id.kinerja.web.report;

import id.kinerja.documents.render.DocumentFormat;
import id.kinerja.documents.report.LkjipDocument;
import id.kinerja.domain.agreement.ReadBudgetRealization;
import id.kinerja.domain.evaluation.AsOf;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.indicator.ReadDecreeAnnex;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.report.ReadReports;
import id.kinerja.domain.report.ReportFormat;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.download.Download;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The LKjIP's files from the page: the preview as it stands (narrative so far, no issue number), drawn anew,
 * and each issue's files exactly as they were issued.
 */
@Controller("/laporan-kinerja/{unitId}/{year}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
})
public class LkjipFilesController {
    private final EvaluateAttainment evaluate;
    private final ReadDecreeAnnex annexes;
    private final ReadReports reports;
    private final Clock clock;
    private final ReadBudgetRealization budgets;

    LkjipFilesController(
            EvaluateAttainment evaluate,
            ReadDecreeAnnex annexes,
            ReadReports reports,
            Clock clock,
            ReadBudgetRealization budgets) {
        this.evaluate = evaluate;
        this.annexes = annexes;
        this.reports = reports;
        this.clock = clock;
        this.budgets = budgets;
    }

    /** The preview now, or as of the past day the page's "Keadaan per tanggal" names (ADR 0031). */
    @Get("/pratinjau/{extension}")
    public HttpResponse<byte[]> preview(
            @PathVariable UUID unitId,
            @PathVariable int year,
            @PathVariable String extension,
            @Nullable @QueryValue String asOf) {
        DocumentFormat format = format(extension);
        Optional<AsOf> day = AsOf.parse(asOf, clock);
        OrganizationUnitId unit = new OrganizationUnitId(unitId);
        UnitEvaluation evaluation = evaluate.ofUnit(unit, Year.of(year), null, null, null, day);
        byte[] file = format.render(LkjipDocument.of(
                evaluation,
                evaluation.decree().map(decree -> annexes.read(decree.id())),
                reports.narrative(unit, Year.of(year)),
                budgets.heldFor(unit, Year.of(year)),
                Optional.empty()));
        return download(
                file,
                format,
                "lkjip-" + year + "-pratinjau"
                        + day.map(past -> "-per-" + past.day()).orElse(""));
    }

    @Get("/terbitan/{sequence}/{extension}")
    public HttpResponse<byte[]> issued(
            @PathVariable UUID unitId,
            @PathVariable int year,
            @PathVariable int sequence,
            @PathVariable String extension) {
        DocumentFormat format = format(extension);
        byte[] file = reports.file(
                new OrganizationUnitId(unitId),
                Year.of(year),
                sequence,
                ReportFormat.ofExtension(format.extension()).orElseThrow());
        return download(file, format, "lkjip-" + year + "-terbitan-" + sequence);
    }

    private static DocumentFormat format(String extension) {
        return DocumentFormat.ofExtension(extension).orElseThrow(() -> new NotFound("format", extension));
    }

    private static HttpResponse<byte[]> download(byte[] file, DocumentFormat format, String name) {
        return Download.of(file, format.mediaType(), name + "." + format.extension());
    }
}
