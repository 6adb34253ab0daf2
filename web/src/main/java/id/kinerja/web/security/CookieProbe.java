package id.kinerja.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;

/**
 * Tells a person whose browser refuses cookies why signing in does not work, instead of sending them back to
 * the sign-in page without a word. The sign-in page sets a small probe cookie; a sign-in posted from a browser
 * page (it says so in {@code Sec-Fetch-Site} or {@code Origin}) without it goes back to the page with the
 * message. A scripted client sends neither header and is left alone. The body is never read here.
 */
@ServerFilter(value = "/login", methods = io.micronaut.http.HttpMethod.POST)
public class CookieProbe implements Ordered {
    public static final String NAME = "kinerja-kuki";

    /** The probe the sign-in page sets: for this site's pages, never readable by scripts. */
    public static Cookie probe(boolean secure) {
        return Cookie.of(NAME, "1")
                .path("/")
                .httpOnly(true)
                .sameSite(io.micronaut.http.cookie.SameSite.Strict)
                .secure(secure);
    }

    /** After the cross-site guard, before anyone reads the body or checks a password. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before() + 2;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> sendBackWithoutCookies(HttpRequest<?> request) {
        boolean fromBrowserPage = request.getHeaders().contains("Sec-Fetch-Site")
                || request.getHeaders().contains("Origin");
        if (!fromBrowserPage || request.getCookies().contains(NAME)) {
            return null;
        }
        return HttpResponse.seeOther(URI.create("/masuk?kuki=diblokir"));
    }
}
