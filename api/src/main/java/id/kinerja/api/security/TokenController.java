package id.kinerja.api.security;

import id.kinerja.domain.user.AuthenticateUser;
import id.kinerja.http.problem.Problems;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.context.event.ApplicationEventPublisher;
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
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.event.LoginFailedEvent;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Locale;

/** Exchanges a username and password for a bearer token, for API clients and scripts. */
@Controller("/api/v1/auth")
@Tag(name = "Masuk / Sign-in")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TokenController {
    private final AuthenticateUser authenticate;
    private final AccessRefreshTokenGenerator tokens;
    private final Problems problems;
    private final ApplicationEventPublisher<LoginFailedEvent> failures;

    public TokenController(
            AuthenticateUser authenticate,
            AccessRefreshTokenGenerator tokens,
            Problems problems,
            ApplicationEventPublisher<LoginFailedEvent> failures) {
        this.authenticate = authenticate;
        this.tokens = tokens;
        this.problems = problems;
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
        return authenticate
                .authenticate(credentials.username(), credentials.password())
                .flatMap(user -> tokens.generate(SignedInUser.authenticationOf(user)))
                .<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> refused(request, credentials));
    }

    /** A wrong name or password: published as the sign-in page's failures are, for the audit trail. */
    private HttpResponse<?> refused(HttpRequest<?> request, Credentials credentials) {
        failures.publishEvent(new LoginFailedEvent(
                AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH),
                new UsernamePasswordCredentials(credentials.username(), credentials.password()),
                null,
                Locale.ROOT));
        return problems.respond(
                request, HttpStatus.UNAUTHORIZED, "auth.bad-credentials", "password", List.of(), List.of(), null);
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
