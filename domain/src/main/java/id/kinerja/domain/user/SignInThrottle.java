package id.kinerja.domain.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Pembatasan percobaan masuk: after a number of failed sign-ins a name or an address must wait, and the wait
 * doubles with every further failure up to a longest wait. Failures are forgotten after a quiet spell.
 *
 * @param freeFailures failures allowed before the first wait
 * @param firstWait the first wait, doubled by each failure after it
 * @param longestWait the wait never grows beyond this
 * @param forgetAfter failures are forgotten once none came for this long
 */
public record SignInThrottle(int freeFailures, Duration firstWait, Duration longestWait, Duration forgetAfter) {
    /** What is known of one name or address: its failures in a row, the last one, and its wait if any. */
    public record Failures(int count, Instant lastFailureAt, Optional<Instant> lockedUntil) {}

    public SignInThrottle {
        if (freeFailures < 1 || firstWait.isNegative() || longestWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("a throttle allows at least one failure and waits longer each time");
        }
    }

    /** The failures after one more at {@code now}. */
    public Failures afterFailure(Optional<Failures> before, Instant now) {
        int count =
                before.filter(known -> !known.lastFailureAt().plus(forgetAfter).isBefore(now))
                                .map(Failures::count)
                                .orElse(0)
                        + 1;
        if (count < freeFailures) {
            return new Failures(count, now, Optional.empty());
        }
        int doublings = Math.min(count - freeFailures, 30);
        Duration wait = firstWait.multipliedBy(1L << doublings);
        if (wait.compareTo(longestWait) > 0) {
            wait = longestWait;
        }
        return new Failures(count, now, Optional.of(now.plus(wait)));
    }
}
