package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.date;
import static id.kinerja.web.page.WrittenValues.requiredInteger;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.EnactDecree;
import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Enacting a draft on a date, at the version the planner saw: a decree changed meanwhile is not enacted unseen. */
@Introspected
public record EnactmentForm(
        @NotBlank @Size(max = 10) String version,
        @NotBlank @Size(max = 40) String enactedOn) {

    static EnactmentForm empty() {
        return new EnactmentForm(null, null);
    }

    EnactDecree.Command command(DecreeId decree) {
        return new EnactDecree.Command(decree, requiredInteger(version, "version"), date(enactedOn, "enactedOn"));
    }
}
