package id.kinerja.web.pages;

import id.kinerja.api.problem.Messages;
import id.kinerja.domain.shared.Explanation;
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
    private final Messages messages;

    Words(@Named("pages") MessageSource pages, Messages messages) {
        this.pages = pages;
        this.messages = messages;
    }

    /** How a figure came about, in the person's language (the domain states it as a rule and arguments). */
    String explain(Explanation explanation) {
        return messages.render(explanation, locale());
    }

    /** An enum value's name for people, in the person's language. */
    String label(Enum<?> value) {
        return messages.label(value, locale());
    }

    private static Locale locale() {
        return english() ? Messages.ENGLISH : Messages.INDONESIAN;
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
