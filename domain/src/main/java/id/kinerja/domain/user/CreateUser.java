package id.kinerja.domain.user;

import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.Transactions;
import java.util.Set;

/** An administrator opens an account with an initial password that meets the policy. */
public final class CreateUser {
    private final Users users;
    private final PasswordHasher hasher;
    private final Transactions transactions;

    public CreateUser(Users users, PasswordHasher hasher, Transactions transactions) {
        this.users = users;
        this.hasher = hasher;
        this.transactions = transactions;
    }

    public record Command(Username username, String displayName, String password, Set<Role> roles) {}

    public User create(Command command) {
        PasswordPolicy.check(command.password(), command.username());
        String hash = hasher.hash(command.password());
        return transactions.inTransaction(() -> {
            if (users.findByUsername(command.username()).isPresent()) {
                throw new ConflictingState(
                        "user.username-taken",
                        "username",
                        "the username " + command.username() + " is taken",
                        command.username().value());
            }
            return users.save(User.create(command.username(), command.displayName(), hash, command.roles()));
        });
    }
}
