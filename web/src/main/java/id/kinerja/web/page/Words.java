package id.kinerja.web.page;

import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.Explanation;
import id.kinerja.http.problem.Messages;
import io.micronaut.context.MessageSource;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/**
 * The words pages show, in the language the person chose: the pages' own words ({@code i18n/pages}), and the
 * texts of domain codes — refusals, explanations, labels of states and choices — from the messages the API
 * uses too, so that a code reads the same on a page and in a problem answer.
 */
@Singleton
public class Words {
    private final MessageSource pages;
    private final Messages messages;

    Words(@Named("pages") MessageSource pages, Messages messages) {
        this.pages = pages;
        this.messages = messages;
    }

    /** A page word by its key. */
    public String get(String key) {
        return pages.getMessage(key, language()).orElse(key);
    }

    /** A domain code with its arguments, rendered in the reader's language. */
    public String message(String code, List<Object> arguments) {
        return messages.render(code, arguments, language());
    }

    /** Why the domain refused, in the reader's language. */
    public String refusal(DomainException refused) {
        return message(refused.code(), refused.arguments());
    }

    /** How a figure came about — its rule and exact inputs — in the reader's language. */
    public String explain(Explanation explanation) {
        return messages.render(explanation, language());
    }

    /** The label of a code shown to a person: a state, a kind, a choice. */
    public String label(Enum<?> code) {
        return code == null ? "—" : messages.label(code, language());
    }

    public static Locale language() {
        return english() ? Messages.ENGLISH : Messages.INDONESIAN;
    }

    /** Whether the person chose English (the language switch's cookie); Indonesian otherwise. */
    public static boolean english() {
        return ServerRequestContext.currentRequest()
                .flatMap(request -> request.getCookies().findCookie(LanguageController.COOKIE))
                .map(cookie -> "en".equals(cookie.getValue()))
                .orElse(false);
    }
}
