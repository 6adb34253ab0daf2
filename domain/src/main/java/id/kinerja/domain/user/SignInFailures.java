package id.kinerja.domain.user;

import java.time.Instant;
import java.util.Optional;

/**
 * The failed sign-ins of each name and each address, kept where every node of the application sees them, so
 * that trying the next node does not start the count again.
 */
public interface SignInFailures {
    /** Until when this name or address must wait, if it must wait at {@code now}. */
    Optional<Instant> lockedUntil(String subject, Instant now);

    /** Counts one more failure under the rule, atomically across nodes. */
    void recordFailure(String subject, Instant now, SignInThrottle rule);

    /** A successful sign-in: the name starts afresh. */
    void forget(String subject);
}
