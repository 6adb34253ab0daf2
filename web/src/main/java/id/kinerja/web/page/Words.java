package id.kinerja.web.page;

import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.Explanation;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.http.problem.Messages;
import io.micronaut.context.MessageSource;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words pages show, in the language the person chose: the pages' own words ({@code i18n/pages}), and the
 * texts of domain codes — refusals, explanations, labels of states and choices — from the messages the API
 * uses too, so that a code reads the same on a page and in a problem answer.
 */
@Singleton
public class Words {
    /** A number as IndonesianNumber writes it, standing alone (not part of a code such as 017.1/RO-UM/2024). */
    private static final Pattern INDONESIAN_NUMBER =
            Pattern.compile("(?<![\\w./-])-?\\d{1,3}(?:\\.\\d{3})*(?:,\\d+)?(?![\\w/-]|[.,]\\d)");

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

    /** A decimal the reader's way, keeping its scale: "87,50" and "1.500" in Indonesian, "87.50" and "1,500" in English. */
    public String number(BigDecimal value) {
        return value == null ? "—" : written(IndonesianNumber.format(value));
    }

    /**
     * A text holding numbers written the Indonesian way (a target as the domain displays it: "1.500", "86 (Baik)",
     * "25 – 100"), with its numbers in the reader's way: in English the grouping dot and the decimal comma swap.
     */
    public String written(String indonesian) {
        return indonesian == null || !english() ? indonesian : inEnglish(indonesian);
    }

    /** The numbers of a text written the Indonesian way, written the English way. */
    static String inEnglish(String indonesian) {
        Matcher number = INDONESIAN_NUMBER.matcher(indonesian);
        StringBuilder english = new StringBuilder();
        while (number.find()) {
            String swapped =
                    number.group().replace('.', '\u0000').replace(',', '.').replace('\u0000', ',');
            number.appendReplacement(english, Matcher.quoteReplacement(swapped));
        }
        number.appendTail(english);
        return english.toString();
    }

    /** A day the reader's way: "3 Januari 2024", or "3 January 2024" in English. */
    public String date(LocalDate day) {
        if (day == null) {
            return "—";
        }
        return english()
                ? day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : IndonesianDate.format(day);
    }

    /** The label of a code by its bundle key, for codes that are strings rather than enums (an audit's kind). */
    public String labelOr(String key, String otherwise) {
        String word = get(key);
        return word.equals(key) ? otherwise : word;
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
