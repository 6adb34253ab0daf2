package id.kinerja.web.security;

import id.kinerja.http.security.SecurityHeaders;
import id.kinerja.http.security.SignInThrottled;
import id.kinerja.web.page.LanguageController;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.LoginCookieProvider;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;

/**
 * Micronaut's cookie sign-in with two differences. The session cookie is {@code Secure} when the request came
 * over HTTPS, directly or through a proxy that says {@code X-Forwarded-Proto: https} — and not on plain HTTP,
 * so that signing in works on an intranet address such as {@code http://kinerja.intranet:8080}. A throttled
 * sign-in goes back to the sign-in page with the wait to show and {@code Retry-After}.
 */
@Singleton
@Replaces(TokenCookieLoginHandler.class)
@Requires(property = "micronaut.security.authentication", value = "cookie")
public class SignInPageHandler extends TokenCookieLoginHandler {

    public SignInPageHandler(
            RedirectService redirectService,
            RedirectConfiguration redirectConfiguration,
            AccessTokenCookieConfiguration accessTokenCookieConfiguration,
            RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
            AccessTokenConfiguration accessTokenConfiguration,
            AccessRefreshTokenGenerator accessRefreshTokenGenerator,
            @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
            List<LoginCookieProvider<HttpRequest<?>>> loginCookieProviders) {
        super(
                redirectService,
                redirectConfiguration,
                accessTokenCookieConfiguration,
                refreshTokenCookieConfiguration,
                accessTokenConfiguration,
                accessRefreshTokenGenerator,
                priorToLoginPersistence,
                loginCookieProviders);
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        if (failure instanceof SignInThrottled throttled) {
            long seconds = throttled.retryAfterSeconds();
            return HttpResponse.seeOther(URI.create("/masuk?tunggu=" + seconds))
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        return super.loginFailed(failure, request);
    }

    /** Signed in: back to the page that was asked for before (a path of this site only), else the home page. */
    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        MutableHttpResponse<?> signedIn = super.loginSuccess(authentication, request);
        return request.getParameters()
                .getFirst("ke")
                .map(LanguageController::backTo)
                .filter(back -> !back.toString().equals("/"))
                .<MutableHttpResponse<?>>map(back -> {
                    signedIn.status(HttpStatus.SEE_OTHER);
                    signedIn.getHeaders().location(back);
                    return signedIn;
                })
                .orElse(signedIn);
    }

    @Override
    protected Cookie accessTokenCookie(AccessRefreshToken token, HttpRequest<?> request) {
        return super.accessTokenCookie(token, request).secure(SecurityHeaders.cameOverHttps(request));
    }
}
