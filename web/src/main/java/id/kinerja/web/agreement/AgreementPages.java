package id.kinerja.web.agreement;

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
import id.kinerja.domain.shared.Year;
import id.kinerja.http.security.Roles;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The PK page as it is drawn, for reading it and for showing a refused form again: the version that holds (or
 * one asked for), every stored version, and for a planner the forms of the year's latest version with what
 * was typed.
 */
@Singleton
class AgreementPages {
    private final ReadPerformanceAgreements agreements;
    private final UnitPicker units;
    private final Words words;
    private final Clock clock;

    AgreementPages(ReadPerformanceAgreements agreements, UnitPicker units, Words words, Clock clock) {
        this.agreements = agreements;
        this.units = units;
        this.words = words;
        this.clock = clock;
    }

    /** The forms as typed into a refused submission; a null one is drawn from the stored version. */
    record Typed(
            @Nullable AgreementForms.Parties parties,
            @Nullable AgreementForms.TargetAdjustment target,
            @Nullable AgreementForms.Signing signing,
            @Nullable AgreementForms.Revision revision) {
        static final Typed NOTHING = new Typed(null, null, null, null);
    }

    ModelAndView<AgreementPage> page(
            @Nullable UUID unit,
            @Nullable Integer tahun,
            @Nullable UUID versi,
            Authentication authentication,
            Typed typed,
            @Nullable Refusal refusal) {
        List<UnitChoice> choices = units.all();
        AgreementSheet sheet;
        if (versi != null) {
            sheet = agreements.sheet(new PerformanceAgreementId(versi));
        } else {
            UUID chosen = unit != null ? unit : units.openingUnit(choices, authentication.getName());
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
                                List.of(),
                                null));
            }
            sheet = agreements.sheet(new OrganizationUnitId(chosen), Year.of(year));
        }
        List<PerformanceAgreement> versions = agreements.versions(sheet.unit().id(), sheet.year());
        AgreementPage.Work work =
                authentication.getRoles().contains(Roles.PLANNER) ? work(sheet, versions, typed, refusal) : null;
        return new ModelAndView<>("agreement", view(choices, sheet, versions, work));
    }

    /** The planner's forms: prepare the first version, change and sign the latest draft, or revise the signed one. */
    private AgreementPage.Work work(
            AgreementSheet shown, List<PerformanceAgreement> versions, Typed typed, @Nullable Refusal refusal) {
        Optional<PerformanceAgreement> latest =
                versions.stream().max(Comparator.comparingInt(PerformanceAgreement::number));
        AgreementForms.Revision revision =
                typed.revision() != null ? typed.revision() : AgreementForms.Revision.empty();
        if (latest.isEmpty()) {
            return new AgreementPage.Work(
                    "prepare",
                    null,
                    null,
                    List.of(),
                    typed.parties() != null ? typed.parties() : AgreementForms.Parties.empty(),
                    AgreementForms.TargetAdjustment.empty(null),
                    AgreementForms.Signing.empty(null),
                    revision,
                    refusal);
        }
        PerformanceAgreement agreement = latest.get();
        AgreementSheet sheet = shown.agreement()
                        .filter(stored -> stored.id().equals(agreement.id()))
                        .isPresent()
                ? shown
                : agreements.sheet(agreement.id());
        List<AgreementPage.Choice> indicators = sheet.lines().stream()
                .map(line -> new AgreementPage.Choice(
                        line.indicator().id().value(),
                        line.indicator().definition().name() + " ("
                                + line.target().map(Target::display).orElse("—") + ")"))
                .toList();
        return new AgreementPage.Work(
                agreement.signed() ? "revise" : "draft",
                agreement.id().value(),
                agreement.number(),
                indicators,
                typed.parties() != null ? typed.parties() : AgreementForms.Parties.of(agreement),
                typed.target() != null ? typed.target() : AgreementForms.TargetAdjustment.empty(agreement),
                typed.signing() != null ? typed.signing() : AgreementForms.Signing.empty(agreement),
                revision,
                refusal);
    }

    private AgreementPage view(
            List<UnitChoice> choices,
            AgreementSheet sheet,
            List<PerformanceAgreement> stored,
            @Nullable AgreementPage.Work work) {
        Optional<PerformanceAgreement> shown = sheet.agreement();
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
                shown.map(PerformanceAgreement::programmes).orElse(List.of());
        List<AgreementPage.Version> versions = stored.stream()
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
                status(shown),
                shown.map(PerformanceAgreement::number).orElse(null),
                shown.map(pk -> pk.id().value()).orElse(null),
                shown.filter(PerformanceAgreement::signed)
                        .map(pk -> IndonesianDate.format(pk.signedOn()))
                        .orElse(null),
                shown.map(PerformanceAgreement::revisionReason).orElse(null),
                shown.map(pk -> party(pk.firstParty())).orElse(null),
                shown.map(pk -> party(pk.secondParty())).orElse(null),
                lines,
                programmes.stream()
                        .map(programme -> new AgreementPage.Programme(
                                programme.code(), programme.name(), rupiah(programme.budget())))
                        .toList(),
                shown.map(pk -> rupiah(programmes.stream()
                                .map(AgreementProgramme::budget)
                                .reduce(BigDecimal.ZERO, BigDecimal::add)))
                        .orElse(null),
                versions,
                work);
    }

    private String status(Optional<PerformanceAgreement> agreement) {
        String state = agreement.map(pk -> pk.signed() ? "SIGNED" : "DRAFT").orElse("PROPOSED");
        return words.get("agreement.status." + state);
    }

    private static AgreementPage.Party party(AgreementParty party) {
        return new AgreementPage.Party(
                party.name(), party.position(), party.nip().value());
    }

    static String rupiah(BigDecimal amount) {
        return "Rp" + IndonesianNumber.format(amount);
    }
}
