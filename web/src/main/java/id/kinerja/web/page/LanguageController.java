package id.kinerja.web.page;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Set;

/**
 * The language switch: Indonesian by default, English on request. The choice is a cookie the locale resolver
 * reads; the pages' words come from {@code i18n/pages_{id,en}.properties}.
 */
@Controller("/bahasa")
@Secured(SecurityRule.IS_ANONYMOUS)
public class LanguageController {
    static final String COOKIE = "bahasa";
    private static final Set<String> LANGUAGES = Set.of("id", "en");

    /**
     * Sets the language and goes back to the page it was chosen on.
     *
     * @param ke the page to go back to: a path of this site, else the front page
     */
    @Get("/{language}")
    public HttpResponse<?> choose(@PathVariable String language, @Nullable @QueryValue String ke) {
        String chosen = LANGUAGES.contains(language) ? language : "id";
        return HttpResponse.seeOther(backTo(ke))
                .cookie(Cookie.of(COOKIE, chosen)
                        .path("/")
                        .maxAge(Duration.ofDays(365))
                        .sameSite(SameSite.Lax)
                        .httpOnly(true));
    }

    /**
     * A path of this site to go back to, or the front page: never another site ({@code //host}), and never
     * an address that is not one at all (a space, a NUL), which would otherwise fail the redirect.
     */
    public static URI backTo(String ke) {
        if (ke == null || !ke.startsWith("/") || ke.startsWith("//") || ke.contains("\\")) {
            return URI.create("/");
        }
        try {
            URI back = new URI(ke);
            return back.getScheme() == null && back.getRawAuthority() == null
                    ? URI.create(back.toASCIIString())
                    : URI.create("/");
        } catch (URISyntaxException notAnAddress) {
            return URI.create("/");
        }
    }

    /** The pages' words in both languages. */
    @Factory
    static class PageWords {
        @Singleton
        @Named("pages")
        MessageSource pageWords() {
            return new ResourceBundleMessageSource("i18n.pages");
        }
    }
}
