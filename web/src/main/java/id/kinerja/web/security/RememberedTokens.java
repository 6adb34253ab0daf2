package id.kinerja.web.security;

import com.nimbusds.jwt.JWT;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Checks a token's signature once per node and remembers what it says; every request still runs every rule
 * that changes with time. A client sends the same token on every request until it ends, and parsing it and
 * checking its signature again was a sixth of an API read's work (issue 15; ADR 0040).
 *
 * <p>A token's text is its proof: the same bytes under the same secret verify the same way, so only a token that
 * passed every check is remembered, by its exact text — one cannot be forged into the memory. On each later
 * request its claims go again through the time rules (expiry, not-before) and through {@link SessionCheck}: while
 * this node has read the person's session number within {@code session-recheck}, the answer comes at once, on the
 * event loop; otherwise (or after a sign-out here) the whole check runs again on the blocking executor, where
 * the session number is read. Replaces Micronaut's reactive Nimbus validator
 * ({@code micronaut.security.token.jwt.nimbus.reactive-validator: false}) and uses its imperative one.
 */
@Singleton
public class RememberedTokens<T> implements TokenValidator<T> {
    private static final int MOST_REMEMBERED = 10_000;

    private final JsonWebTokenValidator<JWT, T> tokens;
    private final JwtAuthenticationFactory authentications;
    private final List<GenericJwtClaimsValidator<T>> timeRules;
    private final SessionCheck<T> sessions;
    private final ExecutorService blocking;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    /** A token that passed every check: its claims, for the rules that run again, and who it signs in. */
    private record Checked(Claims claims, Authentication authentication) {}

    public RememberedTokens(
            JsonWebTokenValidator<JWT, T> tokens,
            JwtAuthenticationFactory authentications,
            List<GenericJwtClaimsValidator<T>> rules,
            SessionCheck<T> sessions,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.tokens = tokens;
        this.authentications = authentications;
        this.timeRules = rules.stream()
                .filter(rule -> !(rule instanceof SessionCheck<?>))
                .toList();
        this.sessions = sessions;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, @Nullable T request) {
        Checked known = checked.get(token);
        if (known != null) {
            if (!timeRules.stream().allMatch(rule -> rule.validate(known.claims(), request))) {
                checked.remove(token);
                return Publishers.empty();
            }
            Optional<Boolean> session = sessions.rememberedVerdict(known.claims());
            if (session.isPresent()) {
                return session.get() ? Publishers.just(known.authentication()) : Publishers.empty();
            }
        }
        // a null result publishes nothing: the token is refused
        return Publishers.fromCompletableFuture(
                () -> CompletableFuture.supplyAsync(() -> check(token, request).orElse(null), blocking));
    }

    /** The whole check — signature, every claim rule, the session number read — remembered when it passes. */
    private Optional<Authentication> check(String token, @Nullable T request) {
        Optional<JWT> jwt = tokens.validate(token, request);
        if (jwt.isEmpty()) {
            checked.remove(token);
            return Optional.empty();
        }
        Optional<Authentication> authentication = authentications.createAuthentication(jwt.get());
        if (authentication.isPresent()) {
            if (checked.size() >= MOST_REMEMBERED) {
                checked.clear();
            }
            try {
                checked.put(
                        token, new Checked(new JwtClaimsSetAdapter(jwt.get().getJWTClaimsSet()), authentication.get()));
            } catch (ParseException unreadableClaims) {
                // cannot happen to a token the validator accepted; it is then simply checked again next time
            }
        }
        return authentication;
    }
}
