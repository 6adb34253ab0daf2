package id.kinerja.http.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import id.kinerja.domain.user.PasswordHasher;
import id.kinerja.domain.user.PasswordPolicy;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt (cost 12 by default, {@code kinerja.security.bcrypt-cost}): salted and slow, with the salt and cost
 * inside the stored hash so that the cost can rise later without breaking existing passwords.
 */
@Singleton
public class BcryptPasswordHasher implements PasswordHasher {
    private final int cost;

    public BcryptPasswordHasher(@Value("${kinerja.security.bcrypt-cost:12}") int cost) {
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    /**
     * Whether the password is the one hashed. bcrypt reads at most 72 bytes and its library refuses more with
     * an exception; no stored password is longer (PasswordPolicy), so a longer one simply does not match —
     * a wrong password, not a server error.
     */
    @Override
    public boolean matches(String password, String hash) {
        byte[] written = password.getBytes(StandardCharsets.UTF_8);
        if (written.length > PasswordPolicy.MAX_LENGTH) {
            return false;
        }
        return BCrypt.verifyer().verify(written, hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
