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
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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

    private record Known(OptionalLong version, long readAtNanos) {}

    public SessionCheck(
            BeanProvider<SessionVersions> sessions, @Value("${kinerja.security.session-recheck:5s}") Duration recheck) {
        this.sessions = sessions;
        this.recheckNanos = recheck.toNanos();
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Object user = claims.get(SignedInUser.USER_ID);
        Object version = claims.get(SignedInUser.SESSION_VERSION);
        if (!(user instanceof String id) || !(version instanceof Number number)) {
            return false;
        }
        UUID userId;
        try {
            userId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
        OptionalLong current = currentOf(userId);
        return current.isPresent() && current.getAsLong() == number.longValue();
    }

    /** Forgets what this node remembers of the person, so that their ended session ends here at once. */
    public void forget(UserId user) {
        known.remove(user.value());
    }

    private OptionalLong currentOf(UUID user) {
        long now = System.nanoTime();
        Known remembered = known.get(user);
        if (remembered != null && now - remembered.readAtNanos() < recheckNanos) {
            return remembered.version();
        }
        OptionalLong current = sessions.get().currentOfActive(new UserId(user));
        if (known.size() >= MOST_REMEMBERED) {
            known.clear();
        }
        known.put(user, new Known(current, now));
        return current;
    }
}
