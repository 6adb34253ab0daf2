package id.kinerja.domain.user;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Text;
import java.util.EnumSet;
import java.util.Set;

/** Pengguna: a person who signs in, with the roles that say what they may do. Never holds a plain password. */
public final class User {
    private final UserId id;
    private final Username username;
    private String displayName;
    private String passwordHash;
    private Set<Role> roles;
    private boolean active;
    private final long version;

    private User(
            UserId id,
            Username username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            boolean active,
            long version) {
        this.id = InvalidValue.requirePresent(id, "id");
        this.username = InvalidValue.requirePresent(username, "username");
        this.displayName = Text.requiredLine(displayName, "displayName", 200);
        this.passwordHash = InvalidValue.requireText(passwordHash, "passwordHash");
        this.roles = requireRoles(roles);
        this.active = active;
        this.version = version;
    }

    static User create(Username username, String displayName, String passwordHash, Set<Role> roles) {
        return new User(UserId.newId(), username, displayName, passwordHash, roles, true, 0);
    }

    /** Rebuilds a stored user. */
    public static User restore(
            UserId id,
            Username username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            boolean active,
            long version) {
        return new User(id, username, displayName, passwordHash, roles, active, version);
    }

    void update(long expectedVersion, String newDisplayName, Set<Role> newRoles, boolean nowActive) {
        StaleVersion.check("user", username, expectedVersion, version);
        this.displayName = Text.requiredLine(newDisplayName, "displayName", 200);
        this.roles = requireRoles(newRoles);
        this.active = nowActive;
    }

    void changePasswordHash(long expectedVersion, String newHash) {
        StaleVersion.check("user", username, expectedVersion, version);
        this.passwordHash = InvalidValue.requireText(newHash, "passwordHash");
    }

    private static Set<Role> requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolation("user.no-role", "roles", "a user needs at least one role");
        }
        return Set.copyOf(EnumSet.copyOf(roles));
    }

    public UserId id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
