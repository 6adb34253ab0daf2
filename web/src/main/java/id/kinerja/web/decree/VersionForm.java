package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.requiredInteger;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A button that acts on the decree as the planner saw it (deleting a draft): its version alone. */
@Introspected
@Serdeable.Deserializable
public record VersionForm(
        @Nullable @NotBlank @Size(max = 10) String version) {
    long expected() {
        return requiredInteger(version, "version");
    }
}
