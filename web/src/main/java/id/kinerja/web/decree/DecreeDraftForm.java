package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.lines;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.decree.DecreeNumber;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.Signatory;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.user.Actor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new draft decree as its form is filled in: the clauses one per line. */
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
        @Nullable @NotBlank @Size(max = 200) String signatoryPosition) {

    static DecreeDraftForm empty() {
        return new DecreeDraftForm(null, null, null, null, null, null, null, null, null, null);
    }

    /** The draft as {@code by} asks for it. */
    DraftDecree.Command command(Actor by) {
        UUID unit = id(unitId, "unitId");
        return new DraftDecree.Command(
                by,
                unit == null ? null : new OrganizationUnitId(unit),
                new DecreeContent(
                        new DecreeNumber(text(number)),
                        text(title),
                        text(issuingOfficial),
                        new Signatory(text(signatoryName), text(signatoryPosition)),
                        lines(considerations),
                        lines(legalBases),
                        lines(decisions),
                        text(place),
                        null),
                null);
    }
}
