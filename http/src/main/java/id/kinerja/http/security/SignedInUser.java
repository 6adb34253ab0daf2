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
    /** The attribute (and token claim) that carries the person's account id. */
    public static final String USER_ID = "uid";
    /** The claim that carries the session number the token was issued under (see {@code SessionVersions}). */
    public static final String SESSION_VERSION = "sv";

    private SignedInUser() {}

    /** The person as their token says it, under the session number they signed in with. */
    public static Authentication authenticationOf(User user, long sessionVersion) {
        return Authentication.build(
                user.username().value(),
                user.roles().stream().map(Role::name).sorted().toList(),
                Map.of(NAME, user.displayName(), USER_ID, user.id().toString(), SESSION_VERSION, sessionVersion));
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
