package id.kinerja.web.agreement;

import id.kinerja.documents.render.DocumentFormat;
import id.kinerja.documents.report.AgreementDocument;
import id.kinerja.domain.agreement.AgreedTarget;
import id.kinerja.domain.agreement.AgreementParty;
import id.kinerja.domain.agreement.AgreementProgramme;
import id.kinerja.domain.agreement.AgreementSheet;
import id.kinerja.domain.agreement.PerformanceAgreement;
import id.kinerja.domain.agreement.PerformanceAgreementId;
import id.kinerja.domain.agreement.ReadPerformanceAgreements;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Year;
import id.kinerja.web.page.UnitChoice;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Perjanjian Kinerja: everyone signed in reads a unit's PK for a year — the version that holds, every stored
 * version, and each as PDF, DOCX or XLSX. Preparing, adjusting, signing and revising go through the API
 * ({@code /api/v1/units/{id}/performance-agreements}) for now.
 */
@Controller("/perjanjian-kinerja")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AgreementPageController {
    private final ReadPerformanceAgreements agreements;
    private final UnitPicker units;
    private final Words words;
    private final Clock clock;

    AgreementPageController(ReadPerformanceAgreements agreements, UnitPicker units, Words words, Clock clock) {
        this.agreements = agreements;
        this.units = units;
        this.words = words;
        this.clock = clock;
    }

    /** The PK that holds for the unit and year, or one stored version ({@code versi}). */
    @Get
    public ModelAndView<AgreementPage> page(
            @Nullable @QueryValue UUID unit, @Nullable @QueryValue Integer tahun, @Nullable @QueryValue UUID versi) {
        List<UnitChoice> choices = units.all();
        AgreementSheet sheet;
        if (versi != null) {
            sheet = agreements.sheet(new PerformanceAgreementId(versi));
        } else {
            UUID chosen = unit != null
                    ? unit
                    : choices.isEmpty() ? null : choices.get(0).id();
            int year = tahun != null ? tahun : LocalDate.now(clock).getYear();
            if (chosen == null) {
                return new ModelAndView<>(
                        "agreement",
                        new AgreementPage(
                                choices,
                                null,
                                year,
                                words.get("agreement.status.PROPOSED"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                List.of(),
                                null,
                                List.of()));
            }
            sheet = agreements.sheet(new OrganizationUnitId(chosen), Year.of(year));
        }
        return new ModelAndView<>("agreement", view(choices, sheet));
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
        return HttpResponse.ok(chosen.render(AgreementDocument.of(sheet)))
                .contentType(MediaType.of(chosen.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
    }

    private AgreementPage view(List<UnitChoice> choices, AgreementSheet sheet) {
        Optional<PerformanceAgreement> stored = sheet.agreement();
        List<AgreementPage.Line> lines = new ArrayList<>();
        for (AgreementSheet.Line line : sheet.lines()) {
            lines.add(new AgreementPage.Line(
                    lines.size() + 1,
                    line.objective().code() + ". " + line.objective().statement(),
                    line.indicator().definition().name(),
                    line.indicator().definition().unitOfMeasure(),
                    line.ikuTarget().map(Target::display).orElse("—"),
                    line.target().map(Target::display).orElse("—"),
                    line.agreed().flatMap(AgreedTarget::reason).orElse(null)));
        }
        List<AgreementProgramme> programmes =
                stored.map(PerformanceAgreement::programmes).orElse(List.of());
        List<AgreementPage.Version> versions = agreements.versions(sheet.unit().id(), sheet.year()).stream()
                .map(version -> new AgreementPage.Version(
                        version.id().value(),
                        version.number(),
                        status(Optional.of(version)),
                        version.signed() ? IndonesianDate.format(version.signedOn()) : null,
                        version.revisionReason()))
                .toList();
        return new AgreementPage(
                choices,
                sheet.unit().id().value(),
                sheet.year().value(),
                status(stored),
                stored.map(PerformanceAgreement::number).orElse(null),
                stored.map(pk -> pk.id().value()).orElse(null),
                stored.filter(PerformanceAgreement::signed)
                        .map(pk -> IndonesianDate.format(pk.signedOn()))
                        .orElse(null),
                stored.map(PerformanceAgreement::revisionReason).orElse(null),
                stored.map(pk -> party(pk.firstParty())).orElse(null),
                stored.map(pk -> party(pk.secondParty())).orElse(null),
                lines,
                programmes.stream()
                        .map(programme -> new AgreementPage.Programme(
                                programme.code(), programme.name(), rupiah(programme.budget())))
                        .toList(),
                stored.map(pk -> rupiah(programmes.stream()
                                .map(AgreementProgramme::budget)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)))
                        .orElse(null),
                versions);
    }

    private String status(Optional<PerformanceAgreement> agreement) {
        String state = agreement.map(pk -> pk.signed() ? "SIGNED" : "DRAFT").orElse("PROPOSED");
        return words.get("agreement.status." + state);
    }

    private static AgreementPage.Party party(AgreementParty party) {
        return new AgreementPage.Party(
                party.name(), party.position(), party.nip().value());
    }

    private static String rupiah(BigDecimal amount) {
        return "Rp" + IndonesianNumber.format(amount);
    }
}
