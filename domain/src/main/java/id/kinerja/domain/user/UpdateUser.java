package id.kinerja.domain.user;

import id.kinerja.domain.shared.Transactions;
import java.util.Set;

/**
 * An administrator changes a user's name, roles or whether the account may sign in, and may set a new
 * password. A change of roles, of whether the account may sign in, or of the password ends the person's
 * sessions: their tokens are refused within seconds, not when they expire.
 */
public final class UpdateUser {
    private final Users users;
    private final PasswordHasher hasher;
    private final SessionVersions sessions;
    private final Transactions transactions;

    public UpdateUser(Users users, PasswordHasher hasher, SessionVersions sessions, Transactions transactions) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.transactions = transactions;
    }

    /** @param newPassword absent to keep the current password */
    public record Command(
            UserId id, long expectedVersion, String displayName, Set<Role> roles, boolean active, String newPassword) {}

    public User update(Command command) {
        String newHash = null;
        if (command.newPassword() != null) {
            PasswordPolicy.check(command.newPassword(), users.get(command.id()).username());
            newHash = hasher.hash(command.newPassword());
        }
        String hash = newHash;
        return transactions.inTransaction(() -> {
            User user = users.get(command.id());
            Set<Role> rolesBefore = user.roles();
            boolean activeBefore = user.active();
            if (hash != null) {
                user.changePasswordHash(command.expectedVersion(), hash);
            }
            user.update(command.expectedVersion(), command.displayName(), command.roles(), command.active());
            User saved = users.save(user);
            if (hash != null || !saved.roles().equals(rolesBefore) || saved.active() != activeBefore) {
                sessions.endAll(saved.id());
            }
            return saved;
        });
    }
}
