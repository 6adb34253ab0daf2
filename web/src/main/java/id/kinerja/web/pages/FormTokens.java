package id.kinerja.web.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.repository.CsrfLoginCookieProvider;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * The double-submit CSRF check of the pages' forms: the hidden {@code csrfToken} field must equal the CSRF
 * cookie the browser holds, which another site can neither read nor set. It is the check Micronaut's CSRF
 * filter makes; the filter itself only guards signing in and out, because it fails some larger form posts
 * (micronaut-core#11341). The JWT cookie is SameSite=Strict besides, so a cross-site post carries no session.
 */
@Singleton
class FormTokens {
    private final String cookieName;

    FormTokens(CsrfLoginCookieProvider cookies) {
        // the provider names the cookie as its configuration says ("__Host-csrfToken" by default)
        this.cookieName = cookies.provideCookie(HttpRequest.GET("/")).getName();
    }

    /** The answer to a form without the right token: 403, and nothing was done. */
    static HttpResponse<?> refused() {
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ModelAndView<>("refused", Map.of()));
    }

    /** Whether the form carries the token of the browser's CSRF cookie. */
    boolean matches(HttpRequest<?> request, Map<String, String> form) {
        return matches(request, form.get("csrfToken"));
    }

    /** Whether the token a multipart form sent is the one of the browser's CSRF cookie. */
    boolean matches(HttpRequest<?> request, String sent) {
        Optional<String> held = request.getCookies().findCookie(cookieName).map(Cookie::getValue);
        return held.isPresent()
                && sent != null
                && MessageDigest.isEqual(
                        held.get().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
