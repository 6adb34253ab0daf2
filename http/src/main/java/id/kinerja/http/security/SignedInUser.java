package id.kinerja.http.security;

import id.kinerja.domain.user.Actor;
import id.kinerja.domain.user.Role;
import id.kinerja.domain.user.User;
import io.micronaut.security.authentication.Authentication;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** What a token or a page session says of the person: the user name, the roles, the name to greet them by. */
public final class SignedInUser {
    /** The attribute that carries the person's display name. */
    public static final String NAME = "name";

    private SignedInUser() {}

    public static Authentication authenticationOf(User user) {
        return Authentication.build(
                user.username().value(),
                user.roles().stream().map(Role::name).sorted().toList(),
                Map.of(NAME, user.displayName(), "uid", user.id().toString()));
    }

    /** Who acts, as the domain decides with it: the user name and the roles the token or session carries. */
    public static Actor actor(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : authentication.getRoles()) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return new Actor(authentication.getName(), roles);
    }

    /** The display name the person signed in with, else the user name. */
    public static String displayName(Authentication authentication) {
        Object name = authentication.getAttributes().get(NAME);
        return name == null ? authentication.getName() : name.toString();
    }
}
