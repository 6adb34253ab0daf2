package id.kinerja.http.audit;

import id.kinerja.domain.audit.AuditEntry.Outcome;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.event.LoginFailedEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Records failed sign-ins — on the sign-in page ({@code /login}) and at the API's token endpoint, both of which
 * publish Micronaut's {@link LoginFailedEvent} — with the name that was tried and never the password. A sign-in
 * refused by throttling (its failure message is {@value #THROTTLED}) is recorded as throttled. Nobody is
 * signed in yet, so they are counted ({@link CountedAttempts}), one line per name, address and minute.
 */
@Singleton
public class SignInFailures implements ApplicationEventListener<LoginFailedEvent> {
    /** The failure message of a sign-in refused because too many came too fast. */
    public static final String THROTTLED = "signin.throttled";

    static final String FAILED = "signin.failed";
    private static final int NAME_LENGTH = 100;

    private final CountedAttempts counted;
    private final AuditLines lines;

    SignInFailures(CountedAttempts counted, AuditLines lines) {
        this.counted = counted;
        this.lines = lines;
    }

    @Override
    public void onApplicationEvent(LoginFailedEvent event) {
        boolean throttled = event.getSource() instanceof AuthenticationResponse response
                        && response.getMessage().filter(THROTTLED::equals).isPresent()
                || THROTTLED.equals(event.getSource());
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        counted.count(
                nameTried(event.getAuthenticationRequest()),
                request.map(AuditLines::actionOf).orElse("POST /login"),
                null,
                throttled ? 429 : 401,
                throttled ? Outcome.THROTTLED : Outcome.REFUSED,
                throttled
                        ? lines.refusal(THROTTLED, "audit.signin-throttled", List.of())
                        : lines.refusal(FAILED, "audit.signin-failed", List.of()),
                request.map(AuditLines::addressOf).orElse("?"));
    }

    private static String nameTried(AuthenticationRequest<?, ?> credentials) {
        Object identity = credentials == null ? null : credentials.getIdentity();
        String name = identity == null ? "" : identity.toString().strip();
        return name.isEmpty() ? AuditLines.ANONYMOUS : AuditLines.limit(name, NAME_LENGTH);
    }
}
