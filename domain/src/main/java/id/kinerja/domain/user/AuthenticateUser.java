package id.kinerja.domain.user;

import java.util.Optional;

/**
 * Checks a sign-in. An unknown name, a wrong password and a disabled account all answer empty, so that a
 * caller learns nothing about which names exist; an unknown name still costs one hash comparison.
 */
public final class AuthenticateUser {
    private final Users users;
    private final PasswordHasher hasher;
    private final String decoyHash;

    public AuthenticateUser(Users users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
        this.decoyHash = hasher.hash("decoy-password-never-used");
    }

    public Optional<User> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<User> user;
        try {
            user = users.findByUsername(new Username(username));
        } catch (RuntimeException malformedName) {
            user = Optional.empty();
        }
        boolean matches = hasher.matches(password, user.map(User::passwordHash).orElse(decoyHash));
        return user.filter(found -> matches && found.active());
    }
}
