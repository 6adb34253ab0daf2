package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.lines;
import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DecreeNumber;
import id.kinerja.domain.decree.DecreeRelation;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.ReviseDraftDecree;
import id.kinerja.domain.decree.Signatory;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.user.Actor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A draft decree as its form is filled in, the clauses one per line: a new one (perhaps replacing an enacted
 * decree, {@code supersedes}), or a draft's words revised at the version the planner saw.
 */
@Introspected
@Serdeable.Deserializable
public record DecreeDraftForm(
        @Nullable @NotBlank String unitId,
        @Nullable @NotBlank @Size(max = 100) String number,
        @Nullable @NotBlank @Size(max = 500) String title,
        @Nullable @NotBlank @Size(max = 200) String issuingOfficial,
        @Nullable @Size(max = 20000) String considerations,
        @Nullable @Size(max = 20000) String legalBases,
        @Nullable @Size(max = 20000) String decisions,
        @Nullable @Size(max = 100) String place,
        @Nullable @NotBlank @Size(max = 200) String signatoryName,
        @Nullable @NotBlank @Size(max = 200) String signatoryPosition,
        @Nullable @Size(max = 10) String version,
        @Nullable @Size(max = 40) String supersedes) {

    static DecreeDraftForm empty() {
        return new DecreeDraftForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The form filled with a decree's words: to revise a draft, or to start the decree that replaces it. */
    static DecreeDraftForm of(Decree decree, boolean replacing) {
        DecreeContent content = decree.content();
        return new DecreeDraftForm(
                decree.issuingUnitId().value().toString(),
                replacing ? null : content.number().value(),
                content.title(),
                content.issuingOfficial(),
                String.join("\n", content.considerations()),
                String.join("\n", content.legalBases()),
                String.join("\n", content.decisions()),
                content.place(),
                content.signatory().name(),
                content.signatory().position(),
                replacing ? null : String.valueOf(decree.version()),
                replacing ? decree.id().value().toString() : null);
    }

    /** The draft as {@code by} asks for it. */
    DraftDecree.Command command(Actor by) {
        UUID unit = id(unitId, "unitId");
        UUID earlier = id(supersedes, "supersedes");
        return new DraftDecree.Command(
                by,
                unit == null ? null : new OrganizationUnitId(unit),
                content(),
                earlier == null ? null : new DecreeRelation(DecreeRelation.Kind.SUPERSEDES, new DecreeId(earlier)));
    }

    ReviseDraftDecree.Command revision(Actor by, DecreeId decree) {
        return new ReviseDraftDecree.Command(by, decree, requiredInteger(version, "version"), content());
    }

    private DecreeContent content() {
        return new DecreeContent(
                new DecreeNumber(text(number)),
                text(title),
                text(issuingOfficial),
                new Signatory(text(signatoryName), text(signatoryPosition)),
                lines(considerations),
                lines(legalBases),
                lines(decisions),
                text(place),
                null);
    }
}
