package id.kinerja.domain.user;

import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Transactions;
import java.util.Set;

/**
 * The operator of the server sets a new password for an account whose password is lost (the administrator's,
 * usually), under the same policy as every password, and lets the account sign in again.
 */
public final class ResetPassword {
    private final Users users;
    private final PasswordHasher hasher;
    private final SessionVersions sessions;
    private final Transactions transactions;

    public ResetPassword(Users users, PasswordHasher hasher, SessionVersions sessions, Transactions transactions) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.transactions = transactions;
    }

    /**
     * The account as it is now: enabled, with the new password; its roles unchanged. Every session it had ends,
     * as it does whenever a password changes: whoever held the lost password is signed out.
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
            return saved;
        });
    }
}
