package id.kinerja.domain.user;

import id.kinerja.domain.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Masuk: a person signs in with a name and a password from an address. A name or an address that failed too
 * often must wait (each by its own {@link SignInThrottle}); while it waits the password is not even checked.
 * A success starts the name afresh and hands back the session number the token is issued under.
 */
public final class SignIn {
    private static final int LONGEST_SUBJECT = 100;

    private final AuthenticateUser authenticate;
    private final SessionVersions sessions;
    private final SignInFailures failures;
    private final Transactions transactions;
    private final SignInThrottle perName;
    private final SignInThrottle perAddress;
    private final Clock clock;

    public SignIn(
            AuthenticateUser authenticate,
            SessionVersions sessions,
            SignInFailures failures,
            Transactions transactions,
            SignInThrottle perName,
            SignInThrottle perAddress,
            Clock clock) {
        this.authenticate = authenticate;
        this.sessions = sessions;
        this.failures = failures;
        this.transactions = transactions;
        this.perName = perName;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    /** What became of a sign-in. */
    public sealed interface Outcome {}

    /** Signed in: the person, and the session number their token carries. */
    public record SignedIn(User user, long sessionVersion) implements Outcome {}

    /** A wrong name or password, or an account that may not sign in (the caller learns no more). */
    public record Refused() implements Outcome {}

    /** Too many failures: try again after this wait; the password was not checked. */
    public record Throttled(Duration retryAfter) implements Outcome {}

    public Outcome signIn(String username, String password, String address) {
        String name = nameSubject(username);
        String from = addressSubject(address);
        Instant now = clock.instant();
        Optional<Instant> waitUntil = transactions.inTransaction(() -> Stream.of(name, from)
                .map(subject -> failures.lockedUntil(subject, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo));
        if (waitUntil.isPresent()) {
            return new Throttled(Duration.between(now, waitUntil.get()));
        }
        Optional<User> user = authenticate.authenticate(username, password);
        return transactions.<Outcome>inTransaction(() -> {
            if (user.isEmpty()) {
                failures.recordFailure(name, now, perName);
                failures.recordFailure(from, now, perAddress);
                return new Refused();
            }
            failures.forget(name);
            OptionalLong version = sessions.currentOfActive(user.get().id());
            return version.isPresent() ? new SignedIn(user.get(), version.getAsLong()) : new Refused();
        });
    }

    private static String nameSubject(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "name:" + (name.length() > LONGEST_SUBJECT ? name.substring(0, LONGEST_SUBJECT) : name);
    }

    private static String addressSubject(String address) {
        String from = address == null || address.isBlank() ? "unknown" : address.strip();
        return "address:" + (from.length() > LONGEST_SUBJECT ? from.substring(0, LONGEST_SUBJECT) : from);
    }
}
