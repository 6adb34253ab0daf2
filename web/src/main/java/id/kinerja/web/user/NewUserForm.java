package id.kinerja.web.user;

import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.user.CreateUser;
import id.kinerja.domain.user.Username;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new account as the administrator types it: the name to sign in with, the person's name, one checkbox per
 * role, and the first password, which the administrator passes on to the person.
 */
@Introspected
@Serdeable.Deserializable
public record NewUserForm(
        @Nullable @NotBlank @Size(max = 64) String username,
        @Nullable @NotBlank @Size(max = 200) String displayName,
        @Nullable String roleAdmin,
        @Nullable String rolePlanner,
        @Nullable String roleEvaluator,
        @Nullable String roleAuditor,
        @Nullable @NotBlank @Size(max = 200) String password) {

    static NewUserForm empty() {
        return new NewUserForm(null, null, null, null, null, null, null);
    }

    RoleChoice roles() {
        return new RoleChoice(roleAdmin, rolePlanner, roleEvaluator, roleAuditor);
    }

    CreateUser.Command command() {
        return new CreateUser.Command(new Username(text(username)), text(displayName), password, roles().chosen());
    }

    /** What is shown again after a refusal: everything but the password. */
    NewUserForm withoutPassword() {
        return new NewUserForm(username, displayName, roleAdmin, rolePlanner, roleEvaluator, roleAuditor, null);
    }
}
