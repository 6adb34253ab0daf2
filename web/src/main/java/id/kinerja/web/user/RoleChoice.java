package id.kinerja.web.user;

import id.kinerja.domain.user.Role;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.EnumSet;
import java.util.Set;

/** The role checkboxes of an account's form: each is sent only when ticked. */
@Introspected
public record RoleChoice(
        @Nullable String admin,
        @Nullable String planner,
        @Nullable String evaluator,
        @Nullable String auditor) {

    static RoleChoice of(Set<Role> roles) {
        return new RoleChoice(
                roles.contains(Role.ADMIN) ? "on" : null,
                roles.contains(Role.PLANNER) ? "on" : null,
                roles.contains(Role.EVALUATOR) ? "on" : null,
                roles.contains(Role.AUDITOR) ? "on" : null);
    }

    /** The roles ticked; none is refused by the domain (a user needs at least one role). */
    Set<Role> chosen() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (admin != null) {
            roles.add(Role.ADMIN);
        }
        if (planner != null) {
            roles.add(Role.PLANNER);
        }
        if (evaluator != null) {
            roles.add(Role.EVALUATOR);
        }
        if (auditor != null) {
            roles.add(Role.AUDITOR);
        }
        return roles;
    }
}
