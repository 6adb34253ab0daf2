package id.kinerja.web.agreement;

import id.kinerja.documents.render.DocumentFormat;
import id.kinerja.documents.report.AgreementDocument;
import id.kinerja.domain.agreement.AgreementSheet;
import id.kinerja.domain.agreement.PerformanceAgreement;
import id.kinerja.domain.agreement.PerformanceAgreementId;
import id.kinerja.domain.agreement.ReadPerformanceAgreements;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.http.download.Download;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.UUID;

/**
 * Perjanjian Kinerja: everyone signed in reads a unit's PK for a year — the version that holds, every stored
 * version, and each as PDF, DOCX or XLSX. Planners prepare, adjust, sign and revise it with the forms of
 * {@link AgreementFormsController}.
 */
@Controller("/perjanjian-kinerja")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AgreementPageController {
    private final ReadPerformanceAgreements agreements;
    private final AgreementPages pages;

    AgreementPageController(ReadPerformanceAgreements agreements, AgreementPages pages) {
        this.agreements = agreements;
        this.pages = pages;
    }

    /** The PK that holds for the unit and year, or one stored version ({@code versi}). */
    @Get
    public ModelAndView<AgreementPage> page(
            @Nullable @QueryValue UUID unit,
            @Nullable @QueryValue Integer tahun,
            @Nullable @QueryValue UUID versi,
            Authentication authentication) {
        return pages.page(unit, tahun, versi, authentication, AgreementPages.Typed.NOTHING, null);
    }

    /** One stored version as a document: {@code pdf}, {@code docx} or {@code xlsx}. */
    @Get("/{id}/unduh/{format}")
    @Produces({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    public HttpResponse<byte[]> download(@PathVariable UUID id, @PathVariable String format) {
        DocumentFormat chosen =
                DocumentFormat.ofExtension(format).orElseThrow(() -> new NotFound("document format", format));
        AgreementSheet sheet = agreements.sheet(new PerformanceAgreementId(id));
        String name = "perjanjian-kinerja-" + sheet.year().value() + "-v"
                + sheet.agreement().map(PerformanceAgreement::number).orElse(1) + "." + chosen.extension();
        return Download.of(chosen.render(AgreementDocument.of(sheet)), chosen.mediaType(), name);
    }
}
