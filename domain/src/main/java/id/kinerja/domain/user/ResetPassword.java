package id.kinerja.domain.user;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Transactions;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * The operator of the server sets a new password for an account whose password is lost (the administrator's,
 * usually), under the same policy as every password, and lets the account sign in again.
 */
public final class ResetPassword {
    /** Who the audit trail names for a reset made on the server, where nobody is signed in. */
    public static final String ACTOR = "server:reset-password";

    private final Users users;
    private final PasswordHasher hasher;
    private final SessionVersions sessions;
    private final AuditTrail trail;
    private final Transactions transactions;
    private final Clock clock;

    public ResetPassword(
            Users users,
            PasswordHasher hasher,
            SessionVersions sessions,
            AuditTrail trail,
            Transactions transactions,
            Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.trail = trail;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The account as it is now: enabled, with the new password; its roles unchanged. Every session it had ends,
     * as it does whenever a password changes: whoever held the lost password is signed out. The reset is written
     * to the audit trail in the same transaction.
     */
    public User reset(Username username, String newPassword) {
        PasswordPolicy.check(newPassword, username);
        String hash = hasher.hash(newPassword);
        return transactions.inTransaction(() -> {
            User user = users.findByUsername(username).orElseThrow(() -> new NotFound("user", username));
            user.changePasswordHash(user.version(), hash);
            Set<Role> roles = user.roles();
            user.update(user.version(), user.displayName(), roles, true);
            User saved = users.save(user);
            sessions.endAll(saved.id());
            // an account brought back from the server's shell is on the record like any change of a user
            trail.append(AuditEntry.done(
                    UUID.randomUUID(),
                    clock.instant(),
                    ACTOR,
                    "reset-password",
                    "user",
                    saved.id().value().toString(),
                    null,
                    null,
                    "password reset and account enabled on the server",
                    200));
            return saved;
        });
    }
}
