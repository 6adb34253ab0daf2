package id.kinerja.domain.user;

import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.shared.InvalidValue;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting: the signed-in person's name and roles, as the edge knows them. The domain decides with it
 * what the person may do to which unit; the edge only says who acts.
 */
public record Actor(String username, Set<Role> roles) implements UnitActor {
    public Actor {
        InvalidValue.requireText(username, "by");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(String username, Role... roles) {
        return new Actor(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    @Override
    public boolean administersUnits() {
        return holds(Role.ADMIN);
    }

    @Override
    public boolean plansUnits() {
        return holds(Role.PLANNER);
    }
}
