package id.kinerja.domain.user;

import id.kinerja.domain.shared.Transactions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * On the first start of an empty database, opens the {@code admin} account. There is no default password:
 * it comes from the operator, or is generated and handed back once to be shown to them.
 */
public final class EnsureInitialAdministrator {
    public static final Username ADMIN = new Username("admin");

    private final Users users;
    private final PasswordHasher hasher;
    private final Transactions transactions;

    public EnsureInitialAdministrator(Users users, PasswordHasher hasher, Transactions transactions) {
        this.users = users;
        this.hasher = hasher;
        this.transactions = transactions;
    }

    /** What happened: nothing (users exist), or the account was created with a given or generated password. */
    public record Outcome(boolean created, Optional<String> generatedPassword) {}

    public Outcome ensure(Optional<String> configuredPassword) {
        configuredPassword.ifPresent(password -> PasswordPolicy.check(password, ADMIN));
        return transactions.inTransaction(() -> {
            if (users.count() > 0) {
                return new Outcome(false, Optional.empty());
            }
            Optional<String> generated = configuredPassword.isPresent() ? Optional.empty() : Optional.of(generate());
            String password = configuredPassword.or(() -> generated).orElseThrow();
            users.save(User.create(ADMIN, "Administrator", hasher.hash(password), Set.of(Role.ADMIN)));
            return new Outcome(true, generated);
        });
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
