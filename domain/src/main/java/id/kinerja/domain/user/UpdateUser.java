package id.kinerja.domain.user;

import id.kinerja.domain.shared.Transactions;
import java.util.Set;

/**
 * An administrator changes a user's name, roles or whether the account may sign in, and may set a new
 * password.
 */
public final class UpdateUser {
    private final Users users;
    private final PasswordHasher hasher;
    private final Transactions transactions;

    public UpdateUser(Users users, PasswordHasher hasher, Transactions transactions) {
        this.users = users;
        this.hasher = hasher;
        this.transactions = transactions;
    }

    /** @param newPassword absent to keep the current password */
    public record Command(
            UserId id, long expectedVersion, String displayName, Set<Role> roles, boolean active, String newPassword) {}

    public User update(Command command) {
        String newHash = null;
        if (command.newPassword() != null) {
            PasswordPolicy.check(command.newPassword());
            newHash = hasher.hash(command.newPassword());
        }
        String hash = newHash;
        return transactions.inTransaction(() -> {
            User user = users.get(command.id());
            if (hash != null) {
                user.changePasswordHash(command.expectedVersion(), hash);
            }
            user.update(command.expectedVersion(), command.displayName(), command.roles(), command.active());
            return users.save(user);
        });
    }
}
