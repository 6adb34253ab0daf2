package id.kinerja.web.user;

import static id.kinerja.web.page.WrittenValues.requiredInteger;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password the administrator sets for an account (the person's sessions end). */
@Introspected
@Serdeable.Deserializable
public record PasswordForm(
        @Nullable @NotBlank @Size(max = 20) String version,
        @Nullable @NotBlank @Size(max = 200) String password) {

    long readVersion() {
        return requiredInteger(version, "version");
    }
}
