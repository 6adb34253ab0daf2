package id.kinerja.web.agreement;

import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.lines;
import static id.kinerja.web.page.WrittenValues.number;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.agreement.AgreementParty;
import id.kinerja.domain.agreement.AgreementProgramme;
import id.kinerja.domain.agreement.Nip;
import id.kinerja.domain.agreement.PerformanceAgreement;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Year;
import id.kinerja.web.page.WrittenValues;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The forms of the PK page, as typed: the parties and programmes (to prepare a PK or change its draft), one
 * target adjusted with its reason, the signature's date, and a revision's reason. Each reads its values the
 * Indonesian way and names the form's own field when a value is refused, so the page points at it.
 */
public final class AgreementForms {
    private AgreementForms() {}

    /**
     * The two parties and the programmes, one a line as "kode | nama | anggaran" ("1.01 | Program Penunjang |
     * 1.500.000.000,00").
     */
    @Introspected
    @Serdeable.Deserializable
    public record Parties(
            @Nullable @Size(max = 20) String version,
            @Nullable @NotBlank @Size(max = 200) String firstName,
            @Nullable @NotBlank @Size(max = 200) String firstPosition,
            @Nullable @NotBlank @Size(max = 40) String firstNip,
            @Nullable @NotBlank @Size(max = 200) String secondName,
            @Nullable @NotBlank @Size(max = 200) String secondPosition,
            @Nullable @NotBlank @Size(max = 40) String secondNip,
            @Nullable @Size(max = 20_000) String programmes) {

        static Parties empty() {
            return new Parties(null, null, null, null, null, null, null, null);
        }

        static Parties of(PerformanceAgreement agreement) {
            return new Parties(
                    String.valueOf(agreement.version()),
                    agreement.firstParty().name(),
                    agreement.firstParty().position(),
                    agreement.firstParty().nip().value(),
                    agreement.secondParty().name(),
                    agreement.secondParty().position(),
                    agreement.secondParty().nip().value(),
                    agreement.programmes().stream()
                            .map(programme -> programme.code() + " | " + programme.name() + " | "
                                    + IndonesianNumber.format(programme.budget()))
                            .collect(Collectors.joining("\n")));
        }

        AgreementParty firstParty() {
            return party(firstName, firstPosition, firstNip, "first");
        }

        AgreementParty secondParty() {
            return party(secondName, secondPosition, secondNip, "second");
        }

        long expectedVersion() {
            return WriteVersion.read(version);
        }

        List<AgreementProgramme> programmeList() {
            List<AgreementProgramme> read = new ArrayList<>();
            for (String line : lines(programmes)) {
                String[] parts = line.split("\\|", -1);
                if (parts.length != 3) {
                    throw new InvalidValue(
                            "agreement.programme-line",
                            "programmes",
                            "each line is 'code | name | budget': " + line,
                            read.size() + 1,
                            line);
                }
                BigDecimal budget = at("programmes", () -> number(parts[2], "programmes"));
                if (budget == null) {
                    throw new InvalidValue(
                            "agreement.programme-line",
                            "programmes",
                            "each line is 'code | name | budget': " + line,
                            read.size() + 1,
                            line);
                }
                read.add(at("programmes", () -> new AgreementProgramme(text(parts[0]), text(parts[1]), budget)));
            }
            return read;
        }

        private static AgreementParty party(String name, String position, String nip, String prefix) {
            Nip number = at(prefix + "Nip", () -> new Nip(InvalidValue.requireText(nip, prefix + "Nip")));
            try {
                return new AgreementParty(text(name), text(position), number);
            } catch (InvalidValue refused) {
                boolean atPosition = refused.field().filter("position"::equals).isPresent();
                throw at(prefix + (atPosition ? "Position" : "Name"), refused);
            }
        }
    }

    /** One target of the draft adjusted to the approved budget, with its reason. */
    @Introspected
    @Serdeable.Deserializable
    public record TargetAdjustment(
            @Nullable @Size(max = 20) String version,
            @Nullable @NotBlank String indicatorId,
            @Nullable @NotBlank @Size(max = 50) String targetValue,
            @Nullable @Size(max = 50) String targetCategory,
            @Nullable @NotBlank @Size(max = 2000) String reason) {

        static TargetAdjustment empty(@Nullable PerformanceAgreement agreement) {
            return new TargetAdjustment(
                    agreement == null ? null : String.valueOf(agreement.version()), null, null, null, null);
        }

        long expectedVersion() {
            return WriteVersion.read(version);
        }

        IndicatorId indicator() {
            UUID chosen = id(indicatorId, "indicatorId");
            return new IndicatorId(InvalidValue.requirePresent(chosen, "indicatorId"));
        }

        Target target(Year year, IndicatorKind kind) {
            String written = text(targetValue);
            TargetValue value = kind == IndicatorKind.QUALITATIVE
                    ? new TargetValue.Qualitative(written)
                    : new TargetValue.Numeric(
                            InvalidValue.requirePresent(number(written, "targetValue"), "targetValue"));
            return at("targetValue", () -> new Target(year, value, text(targetCategory)));
        }
    }

    /** The unit's head signs the draft on a date. */
    @Introspected
    @Serdeable.Deserializable
    public record Signing(
            @Nullable @Size(max = 20) String version,
            @Nullable @NotBlank @Size(max = 40) String signedOn) {
        static Signing empty(@Nullable PerformanceAgreement agreement) {
            return new Signing(agreement == null ? null : String.valueOf(agreement.version()), null);
        }

        long expectedVersion() {
            return WriteVersion.read(version);
        }

        java.time.LocalDate date() {
            return WrittenValues.date(signedOn, "signedOn");
        }
    }

    /** PK perubahan: why the signed PK is revised (a change of official, strategy or priorities). */
    @Introspected
    @Serdeable.Deserializable
    public record Revision(
            @Nullable @NotBlank @Size(max = 2000) String reason) {
        static Revision empty() {
            return new Revision(null);
        }
    }

    /** The value, or the refusal of it re-addressed to the form's field. */
    static <T> T at(String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValue refused) {
            throw at(field, refused);
        }
    }

    private static InvalidValue at(String field, InvalidValue refused) {
        return new InvalidValue(
                refused.code(), field, refused.getMessage(), refused.arguments().toArray());
    }

    /** The version a form was drawn from, carried in a hidden field. */
    private static final class WriteVersion {
        private WriteVersion() {}

        static long read(String written) {
            return InvalidValue.requirePresent(WrittenValues.integer(written, "version"), "version");
        }
    }
}
