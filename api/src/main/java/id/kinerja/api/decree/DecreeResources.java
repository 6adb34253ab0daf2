package id.kinerja.api.decree;

import id.kinerja.domain.decree.DecisionLabels;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DecreeNumber;
import id.kinerja.domain.decree.DecreeRelation;
import id.kinerja.domain.decree.DecreeStatus;
import id.kinerja.domain.decree.Signatory;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.shared.IndonesianDate;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** The JSON shapes of decrees. */
public final class DecreeResources {
    private DecreeResources() {}

    @Serdeable
    public record SignatoryBody(
            @NotBlank String name, @NotBlank String position) {}

    @Serdeable
    public record RelationBody(
            @NotNull DecreeRelation.Kind kind, @NotNull UUID decreeId) {}

    /** A decree's words: to draft one (with its issuing unit) or to revise a draft (with its version). */
    @Serdeable
    public record DecreeRequest(
            @Nullable UUID issuingUnitId,
            @NotBlank @Size(max = 100) String number,
            @NotBlank @Size(max = 2000) String title,
            @NotBlank @Size(max = 500) String issuingOfficial,
            @NotNull @Valid SignatoryBody signatory,
            @Nullable List<@NotBlank String> considerations,
            @Nullable List<@NotBlank String> legalBases,
            @Nullable List<@NotBlank String> decisions,
            @Nullable @Size(max = 200) String place,
            @Nullable LocalDate effectiveDate,
            @Nullable @Valid RelationBody relation,
            @Nullable Long version) {

        DecreeContent content() {
            return new DecreeContent(
                    new DecreeNumber(number),
                    title,
                    issuingOfficial,
                    new Signatory(signatory.name(), signatory.position()),
                    considerations,
                    legalBases,
                    decisions,
                    place,
                    effectiveDate);
        }

        DecreeRelation decreeRelation() {
            return relation == null ? null : new DecreeRelation(relation.kind(), new DecreeId(relation.decreeId()));
        }
    }

    @Serdeable
    public record EnactRequest(
            @NotNull Long version, @NotNull LocalDate enactedOn) {}

    @Serdeable
    public record RevokeRequest(
            @NotNull Long version,
            @NotNull LocalDate revokedOn,
            @NotBlank String reason) {}

    /** A numbered or lettered clause as the document prints it. */
    @Serdeable
    public record Clause(String label, String text) {
        static List<Clause> label(List<String> texts, IntFunction<String> labelOf) {
            return IntStream.range(0, texts.size())
                    .mapToObj(i -> new Clause(labelOf.apply(i), texts.get(i)))
                    .toList();
        }
    }

    @Serdeable
    public record Revocation(LocalDate revokedOn, String reason) {}

    @Serdeable
    public record DecreeResponse(
            UUID id,
            String number,
            String title,
            UUID issuingUnitId,
            String issuingOfficial,
            SignatoryBody signatory,
            List<Clause> considerations,
            List<Clause> legalBases,
            List<Clause> decisions,
            @Nullable String place,
            @Nullable LocalDate enactedOn,
            @Nullable String enactedOnText,
            @Nullable LocalDate effectiveDate,
            DecreeStatus status,
            @Nullable RelationBody relation,
            @Nullable UUID supersededBy,
            @Nullable Revocation revocation,
            @Nullable List<UUID> laterDecrees,
            long version) {

        public static DecreeResponse of(Decree decree, List<DecreeId> laterDecrees) {
            DecreeContent content = decree.content();
            return new DecreeResponse(
                    decree.id().value(),
                    content.number().value(),
                    content.title(),
                    decree.issuingUnitId().value(),
                    content.issuingOfficial(),
                    new SignatoryBody(
                            content.signatory().name(), content.signatory().position()),
                    Clause.label(content.considerations(), UnitProfile::functionLetter),
                    Clause.label(content.legalBases(), i -> Integer.toString(i + 1)),
                    Clause.label(content.decisions(), DecisionLabels::of),
                    content.place(),
                    decree.enactedOn().orElse(null),
                    decree.enactedOn().map(IndonesianDate::format).orElse(null),
                    decree.effectiveDate().orElse(null),
                    decree.status(),
                    decree.relation()
                            .map(r -> new RelationBody(r.kind(), r.earlier().value()))
                            .orElse(null),
                    decree.supersededBy().map(DecreeId::value).orElse(null),
                    decree.revocation()
                            .map(r -> new Revocation(r.on(), r.reason()))
                            .orElse(null),
                    laterDecrees == null
                            ? null
                            : laterDecrees.stream().map(DecreeId::value).toList(),
                    decree.version());
        }
    }
}
