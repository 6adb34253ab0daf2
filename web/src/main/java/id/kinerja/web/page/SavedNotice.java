package id.kinerja.web.page;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;

/**
 * "Perubahan tersimpan": the confirmation a person sees on the page a saved form leads to. A form that changed
 * something answers with a redirect (303) to a page that knows nothing of the form, so the redirect carries a
 * short-lived cookie; {@link PageFrame} shows the notice on the next page drawn, and this filter expires the cookie
 * with that page, so that a reload or the next page does not say it again. Nothing secret is in it: it says only
 * that the last form was saved.
 */
@ServerFilter("/**")
public class SavedNotice {
    static final String COOKIE = "tersimpan";

    /** Long enough for a slow redirect, short enough that a page opened much later does not claim a save. */
    private static final Duration LIFETIME = Duration.ofMinutes(1);

    /** The cookie the redirect after a saved form sets. */
    static Cookie after(HttpRequest<?> request) {
        return Cookie.of(COOKIE, "1")
                .path("/")
                .maxAge(LIFETIME)
                .sameSite(SameSite.Strict)
                .httpOnly(true)
                .secure(request.isSecure());
    }

    /** Whether the page being drawn follows a saved form. */
    static boolean follows(HttpRequest<?> request) {
        return request.getCookies().contains(COOKIE);
    }

    /** Expires the cookie with the page that showed the notice (not with a style sheet or a redirect). */
    @ResponseFilter
    public void shown(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean page = response.getContentType()
                .map(type -> type.matches(MediaType.TEXT_HTML_TYPE))
                .orElse(false);
        if (request.getMethod() == HttpMethod.GET && page && response.code() < 300 && follows(request)) {
            response.cookie(Cookie.of(COOKIE, "").path("/").maxAge(0));
        }
    }
}
