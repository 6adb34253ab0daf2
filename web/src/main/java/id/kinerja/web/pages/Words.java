package id.kinerja.web.pages;

import io.micronaut.context.MessageSource;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Locale;

/** The words controllers put on pages (states, verdicts), in the language the person chose. */
@Singleton
class Words {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final MessageSource pages;

    Words(@Named("pages") MessageSource pages) {
        this.pages = pages;
    }

    String get(String key) {
        return pages.getMessage(key, english() ? Locale.ENGLISH : INDONESIAN).orElse(key);
    }

    /** Whether the person chose English (the language switch's cookie); Indonesian otherwise. */
    static boolean english() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getCookies().findCookie("bahasa"))
                .map(cookie -> "en".equals(cookie.getValue()))
                .orElse(false);
    }
}
