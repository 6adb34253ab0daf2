package id.kinerja.web.realization;

import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A step of the review — submit, verify, return — at the version the person saw, with a reason to return. */
@Introspected
@Serdeable.Deserializable
public record ReviewForm(
        @Nullable @NotBlank @Size(max = 10) String version,
        @Nullable @Size(max = 4000) String reason) {
    long expectedVersion() {
        return requiredInteger(version, "version");
    }

    String writtenReason() {
        return text(reason);
    }
}
