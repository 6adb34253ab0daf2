package id.kinerja.api.agreement;

import id.kinerja.api.indicator.IndicatorResources.TargetBody;
import id.kinerja.api.indicator.IndicatorResources.TargetResponse;
import id.kinerja.api.shared.WrittenNumber;
import id.kinerja.domain.agreement.AgreedTarget;
import id.kinerja.domain.agreement.AgreementParty;
import id.kinerja.domain.agreement.AgreementProgramme;
import id.kinerja.domain.agreement.AgreementSheet;
import id.kinerja.domain.agreement.Nip;
import id.kinerja.domain.agreement.PerformanceAgreement;
import id.kinerja.domain.shared.InvalidValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The request and answer bodies of the Perjanjian Kinerja routes. */
public final class AgreementResources {
    private AgreementResources() {}

    /** A party as typed: name, position and the 18-digit NIP. */
    @Serdeable
    public record PartyBody(
            @Nullable @Size(max = 200) String name,
            @Nullable @Size(max = 200) String position,
            @Nullable @Size(max = 40) String nip) {
        AgreementParty toParty(String field) {
            InvalidValue.requireText(nip, field + ".nip");
            Nip number = at(field + ".nip", () -> new Nip(nip));
            return at(field, () -> new AgreementParty(name, position, number));
        }

        static PartyBody of(AgreementParty party) {
            return new PartyBody(party.name(), party.position(), party.nip().value());
        }
    }

    /** A programme or activity with its budget in rupiah ("1.500.000.000,00" or a number). */
    @Serdeable
    public record ProgrammeBody(
            @Nullable @Size(max = 50) String code,
            @Nullable @Size(max = 500) String name,
            @Nullable WrittenNumber budget) {
        AgreementProgramme toProgramme(int index) {
            String field = "programmes[" + index + "]";
            if (budget == null) {
                throw InvalidValue.required(field + ".budget");
            }
            BigDecimal amount = budget.read(field + ".budget");
            return at(field, () -> new AgreementProgramme(code, name, amount));
        }
    }

    /**
     * Builds a value whose refusal names its field within the request ({@code firstParty.nip},
     * {@code programmes[1].budget}): the domain names the field of the value, the request knows where it sits.
     */
    static <T> T at(String prefix, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValue refused) {
            String field = refused.field()
                    .filter(name -> !prefix.endsWith("." + name))
                    .map(name -> prefix + "." + name)
                    .orElse(prefix);
            throw new InvalidValue(
                    refused.code(),
                    field,
                    refused.getMessage(),
                    refused.arguments().toArray());
        }
    }

    static List<AgreementProgramme> programmes(List<ProgrammeBody> bodies) {
        if (bodies == null) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, bodies.size())
                .mapToObj(index -> bodies.get(index).toProgramme(index))
                .toList();
    }

    /** Preparing the year's first PK from the unit's IKU. */
    @Serdeable
    public record AgreementDraft(
            @NotNull Integer year,
            @NotNull @Valid PartyBody firstParty,
            @NotNull @Valid PartyBody secondParty,
            @Nullable @Valid List<ProgrammeBody> programmes) {}

    /** The parties and programmes of a draft, restated on the version read. */
    @Serdeable
    public record AgreementChange(
            @NotNull Long version,
            @NotNull @Valid PartyBody firstParty,
            @NotNull @Valid PartyBody secondParty,
            @Nullable @Valid List<ProgrammeBody> programmes) {}

    /** One target adjusted to the approved budget, with the reason. */
    @Serdeable
    public record TargetAdjustment(
            @NotNull Long version,
            @NotNull @Valid TargetBody target,
            @Nullable @Size(max = 2000) String reason) {}

    /** The unit's head signs on a date. */
    @Serdeable
    public record Signing(@NotNull Long version, @NotNull LocalDate signedOn) {}

    /** PK perubahan: why the signed agreement is revised (a change of official, strategy or priorities). */
    @Serdeable
    public record Revision(@Nullable @Size(max = 2000) String reason) {}

    @Serdeable
    public record ProgrammeResponse(String code, String name, BigDecimal budget) {
        static ProgrammeResponse of(AgreementProgramme programme) {
            return new ProgrammeResponse(programme.code(), programme.name(), programme.budget());
        }
    }

    /** One line: an indicator under its objective, the IKU target, and the agreed one with its reason. */
    @Serdeable
    public record AgreementLine(
            String objectiveCode,
            String objective,
            UUID indicatorId,
            String indicator,
            @Nullable String unitOfMeasure,
            @Nullable TargetResponse target,
            @Nullable TargetResponse ikuTarget,
            @Nullable String adjustmentReason) {
        static AgreementLine of(AgreementSheet.Line line) {
            return new AgreementLine(
                    line.objective().code(),
                    line.objective().statement(),
                    line.indicator().id().value(),
                    line.indicator().definition().name(),
                    line.indicator().definition().unitOfMeasure(),
                    line.target().map(TargetResponse::of).orElse(null),
                    line.ikuTarget().map(TargetResponse::of).orElse(null),
                    line.agreed().flatMap(AgreedTarget::reason).orElse(null));
        }
    }

    /**
     * The PK: a stored version (status DRAFT or SIGNED) or, while none is prepared, the IKU's proposal (status
     * PROPOSED, no id). {@code firstParty} of a proposal is the decree's signatory, without NIP.
     */
    @Serdeable
    public record AgreementResponse(
            @Nullable UUID id,
            UUID unitId,
            String unitName,
            int year,
            String status,
            @Nullable Integer number,
            @Nullable String revisionReason,
            @Nullable String decreeNumber,
            @Nullable String firstParty,
            @Nullable String firstPartyPosition,
            @Nullable PartyBody firstPartyDetail,
            @Nullable PartyBody secondParty,
            @Nullable LocalDate signedOn,
            @Nullable String signedBy,
            @Nullable String preparedBy,
            List<AgreementLine> lines,
            List<ProgrammeResponse> programmes,
            @Nullable BigDecimal totalBudget,
            @Nullable Long version) {
        public static AgreementResponse of(AgreementSheet sheet) {
            PerformanceAgreement stored = sheet.agreement().orElse(null);
            String decreeNumber = sheet.decree()
                    .map(decree -> decree.content().number().value())
                    .orElse(null);
            List<AgreementLine> lines =
                    sheet.lines().stream().map(AgreementLine::of).toList();
            if (stored == null) {
                return new AgreementResponse(
                        null,
                        sheet.unit().id().value(),
                        sheet.unit().profile().name(),
                        sheet.year().value(),
                        "PROPOSED",
                        null,
                        null,
                        decreeNumber,
                        sheet.decree()
                                .map(decree -> decree.content().signatory().name())
                                .orElse(null),
                        sheet.decree()
                                .map(decree -> decree.content().signatory().position())
                                .orElse(null),
                        null,
                        null,
                        null,
                        null,
                        null,
                        lines,
                        List.of(),
                        null,
                        null);
            }
            return new AgreementResponse(
                    stored.id().value(),
                    sheet.unit().id().value(),
                    sheet.unit().profile().name(),
                    sheet.year().value(),
                    stored.signed() ? "SIGNED" : "DRAFT",
                    stored.number(),
                    stored.revisionReason(),
                    decreeNumber,
                    stored.firstParty().name(),
                    stored.firstParty().position(),
                    PartyBody.of(stored.firstParty()),
                    PartyBody.of(stored.secondParty()),
                    stored.signedOn(),
                    stored.signedBy(),
                    stored.preparedBy(),
                    lines,
                    stored.programmes().stream().map(ProgrammeResponse::of).toList(),
                    stored.programmes().stream()
                            .map(AgreementProgramme::budget)
                            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                    stored.version());
        }
    }

    /** One version in the list of versions. */
    @Serdeable
    public record VersionSummary(
            UUID id,
            int number,
            String status,
            @Nullable String revisionReason,
            @Nullable LocalDate signedOn,
            @Nullable String signedBy,
            String preparedBy,
            long version) {
        static VersionSummary of(PerformanceAgreement agreement) {
            return new VersionSummary(
                    agreement.id().value(),
                    agreement.number(),
                    agreement.signed() ? "SIGNED" : "DRAFT",
                    agreement.revisionReason(),
                    agreement.signedOn(),
                    agreement.signedBy(),
                    agreement.preparedBy(),
                    agreement.version());
        }
    }
}
