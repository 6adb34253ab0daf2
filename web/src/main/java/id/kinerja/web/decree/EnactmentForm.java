package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.date;
import static id.kinerja.web.page.WrittenValues.requiredInteger;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.user.Actor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Enacting a draft on a date, at the version the planner saw: a decree changed meanwhile is not enacted unseen. */
@Introspected
@Serdeable.Deserializable
public record EnactmentForm(
        @Nullable @NotBlank @Size(max = 10) String version,
        @Nullable @NotBlank @Size(max = 40) String enactedOn) {

    static EnactmentForm empty() {
        return new EnactmentForm(null, null);
    }

    EnactDecree.Command command(Actor by, DecreeId decree) {
        return new EnactDecree.Command(by, decree, requiredInteger(version, "version"), date(enactedOn, "enactedOn"));
    }
}
