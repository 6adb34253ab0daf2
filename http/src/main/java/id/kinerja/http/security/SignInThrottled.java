package id.kinerja.http.security;

import io.micronaut.security.authentication.AuthenticationFailed;
import java.time.Duration;

/**
 * A sign-in refused because its name or address failed too often: Micronaut's failure path still runs (so a
 * {@code LoginFailedEvent} is published and the audit trail hears of it), with the message key
 * {@code signin.throttled} and the wait before the next try.
 */
public final class SignInThrottled extends AuthenticationFailed {
    public static final String MESSAGE_KEY = "signin.throttled";
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public SignInThrottled(Duration retryAfter) {
        super(MESSAGE_KEY);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least one: what {@code Retry-After} says. */
    public long retryAfterSeconds() {
        return secondsToWait(retryAfter);
    }

    public static long secondsToWait(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignInThrottled throttled
                && super.equals(other)
                && retryAfter.equals(throttled.retryAfter);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + retryAfter.hashCode();
    }
}
