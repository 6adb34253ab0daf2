package id.kinerja.web.security;

import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.UserId;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses a token — bearer or cookie alike — whose session number is no longer its person's: they signed out,
 * were disabled, or their roles, units or password changed. The database is the truth, so every node agrees;
 * each node remembers a person's number for a few seconds ({@code kinerja.security.session-recheck}, 5 s) so
 * that a page with many requests costs one read, which bounds how long an ended session lives on another node.
 */
@Singleton
public class SessionCheck<T> implements GenericJwtClaimsValidator<T> {
    private static final int MOST_REMEMBERED = 50_000;

    /** Resolved on first use: validators are created with the security filter, before the data source. */
    private final BeanProvider<SessionVersions> sessions;

    private final long recheckNanos;
    private final Map<UUID, Known> known = new ConcurrentHashMap<>();
    /**
     * Counts the forgettings: a read that began before one may have seen the number it ended, so what it read is
     * used for that request but not remembered.
     */
    private final AtomicLong forgettings = new AtomicLong();

    private record Known(OptionalLong version, long readAtNanos) {}

    public SessionCheck(
            BeanProvider<SessionVersions> sessions, @Value("${kinerja.security.session-recheck:5s}") Duration recheck) {
        this.sessions = sessions;
        this.recheckNanos = recheck.toNanos();
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Optional<Session> session = sessionOf(claims);
        if (session.isEmpty()) {
            return false;
        }
        OptionalLong current = currentOf(session.get().user());
        return current.isPresent() && current.getAsLong() == session.get().version();
    }

    /**
     * The verdict this node can give from what it remembers, without reading the database: empty when it must
     * read (it has not read the person's number within {@code session-recheck}, or forgot it at a sign-out).
     * {@link RememberedTokens} asks this on the event loop, where a read must not happen.
     */
    Optional<Boolean> rememberedVerdict(Claims claims) {
        Optional<Session> session = sessionOf(claims);
        if (session.isEmpty()) {
            return Optional.of(false);
        }
        Known remembered = known.get(session.get().user());
        if (remembered == null || System.nanoTime() - remembered.readAtNanos() >= recheckNanos) {
            return Optional.empty();
        }
        return Optional.of(remembered.version().isPresent()
                && remembered.version().getAsLong() == session.get().version());
    }

    /** The person and session number a token names; empty when it names none (such a token is refused). */
    private static Optional<Session> sessionOf(Claims claims) {
        Object user = claims.get(SignedInUser.USER_ID);
        Object version = claims.get(SignedInUser.SESSION_VERSION);
        if (!(user instanceof String id) || !(version instanceof Number number)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Session(UUID.fromString(id), number.longValue()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private record Session(UUID user, long version) {}

    /** Forgets what this node remembers of the person, so that their ended session ends here at once. */
    public void forget(UserId user) {
        forgettings.incrementAndGet();
        known.remove(user.value());
    }

    private OptionalLong currentOf(UUID user) {
        long now = System.nanoTime();
        Known remembered = known.get(user);
        if (remembered != null && now - remembered.readAtNanos() < recheckNanos) {
            return remembered.version();
        }
        long forgottenBefore = forgettings.get();
        OptionalLong current = sessions.get().currentOfActive(new UserId(user));
        if (known.size() >= MOST_REMEMBERED) {
            known.clear();
        }
        // checked inside compute, which a forget's remove waits for: a forget cannot slip between check and put
        known.compute(user, (key, before) -> forgettings.get() == forgottenBefore ? new Known(current, now) : before);
        return current;
    }
}
