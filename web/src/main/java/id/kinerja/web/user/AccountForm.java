package id.kinerja.web.user;

import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.user.UpdateUser;
import id.kinerja.domain.user.UserId;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An account's name, roles and whether it may sign in, with the version the page was read at. */
@Introspected
@Serdeable.Deserializable
public record AccountForm(
        @Nullable @NotBlank @Size(max = 20) String version,
        @Nullable @NotBlank @Size(max = 200) String displayName,
        @Nullable String roleAdmin,
        @Nullable String rolePlanner,
        @Nullable String roleEvaluator,
        @Nullable String roleAuditor,
        @Nullable String active) {

    RoleChoice roles() {
        return new RoleChoice(roleAdmin, rolePlanner, roleEvaluator, roleAuditor);
    }

    UpdateUser.Command command(UserId id) {
        return new UpdateUser.Command(
                id, requiredInteger(version, "version"), text(displayName), roles().chosen(), active != null, null);
    }
}
