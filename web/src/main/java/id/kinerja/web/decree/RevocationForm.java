package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.date;
import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.RevokeDecree;
import id.kinerja.domain.organization.UnitActor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Dicabut: an enacted decree withdrawn on a date for a reason, at the version the planner saw. */
@Introspected
@Serdeable.Deserializable
public record RevocationForm(
        @Nullable @NotBlank @Size(max = 10) String version,
        @Nullable @NotBlank @Size(max = 40) String revokedOn,
        @Nullable @NotBlank @Size(max = 2000) String reason) {

    static RevocationForm empty() {
        return new RevocationForm(null, null, null);
    }

    RevokeDecree.Command command(UnitActor by, DecreeId decree) {
        return new RevokeDecree.Command(
                by,
                decree,
                requiredInteger(version, "version"),
                new Decree.Revocation(date(revokedOn, "revokedOn"), text(reason)));
    }
}
