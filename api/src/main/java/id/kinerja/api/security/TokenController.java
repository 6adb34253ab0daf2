package id.kinerja.api.security;

import id.kinerja.domain.user.SignIn;
import id.kinerja.http.problem.Messages;
import id.kinerja.http.problem.Problems;
import id.kinerja.http.security.ClientAddress;
import id.kinerja.http.security.SignInThrottled;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.event.LoginFailedEvent;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * Exchanges a username and password for a bearer token, for API clients and scripts, with the same throttling
 * as the sign-in page: a name or address that failed too often gets 429 with {@code Retry-After}. Every failure
 * is published as Micronaut's {@link LoginFailedEvent}, as the sign-in page's are, for the audit trail.
 */
@Controller("/api/v1/auth")
@Tag(name = "Masuk / Sign-in")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TokenController {
    private final SignIn signIn;
    private final AccessRefreshTokenGenerator tokens;
    private final Problems problems;
    private final ClientAddress clientAddress;
    private final ApplicationEventPublisher<LoginFailedEvent> failures;

    public TokenController(
            SignIn signIn,
            AccessRefreshTokenGenerator tokens,
            Problems problems,
            ClientAddress clientAddress,
            ApplicationEventPublisher<LoginFailedEvent> failures) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.problems = problems;
        this.clientAddress = clientAddress;
        this.failures = failures;
    }

    @Serdeable
    public record Credentials(
            @NotBlank String username, @NotBlank String password) {}

    @Serdeable
    public record Me(String username, String displayName, List<String> roles) {}

    @Post("/token")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> token(HttpRequest<?> request, @Body @Valid Credentials credentials) {
        SignIn.Outcome outcome =
                signIn.signIn(credentials.username(), credentials.password(), clientAddress.of(request));
        if (outcome instanceof SignIn.SignedIn signedIn) {
            return tokens.generate(SignedInUser.authenticationOf(signedIn.user(), signedIn.sessionVersion()))
                    .<HttpResponse<?>>map(HttpResponse::ok)
                    .orElseThrow(() -> new IllegalStateException("no access token was generated"));
        }
        if (outcome instanceof SignIn.Throttled throttled) {
            SignInThrottled failure = new SignInThrottled(throttled.retryAfter());
            publish(request, credentials, failure);
            long seconds = failure.retryAfterSeconds();
            return problems.respond(
                            request,
                            HttpStatus.TOO_MANY_REQUESTS,
                            SignInThrottled.MESSAGE_KEY,
                            "username",
                            List.of(seconds),
                            List.of(),
                            null)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        publish(request, credentials, new AuthenticationFailed(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
        return problems.respond(
                request, HttpStatus.UNAUTHORIZED, "auth.bad-credentials", "password", List.of(), List.of(), null);
    }

    private void publish(HttpRequest<?> request, Credentials credentials, AuthenticationFailed failure) {
        failures.publishEvent(new LoginFailedEvent(
                failure,
                new UsernamePasswordCredentials(credentials.username(), credentials.password()),
                request.getHeaders().get(HttpHeaders.HOST),
                Messages.languageOf(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Me me(Authentication authentication) {
        return new Me(
                authentication.getName(),
                SignedInUser.displayName(authentication),
                List.copyOf(authentication.getRoles()));
    }
}
