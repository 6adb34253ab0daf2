package id.kinerja.http.problem;

import id.kinerja.domain.shared.Explanation;
import id.kinerja.domain.shared.IndonesianNumber;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The user-facing texts of every error and warning code, in Indonesian (the default) and English, from the
 * bundles {@code i18n/messages_id.properties} and {@code i18n/messages_en.properties}; and the domain's
 * explanations and enum values, which the domain states as keys and arguments, never as sentences.
 *
 * <p>Arguments are shown the reader's way: decimals "87,50" in Indonesian and "87.50" in English, years
 * ungrouped, an enum by its label ({@code enum.DecreeStatus.ENACTED}), a nested explanation rendered in
 * place, a list one item after the other.
 */
@Singleton
public class Messages {
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.messages";

    /** The same message in both languages. */
    @Serdeable
    public record Bilingual(String id, String en) {
        public String in(Locale locale) {
            return locale.getLanguage().equals("en") ? en : id;
        }
    }

    public Bilingual render(String code, List<Object> arguments) {
        return new Bilingual(render(code, arguments, INDONESIAN), render(code, arguments, ENGLISH));
    }

    /** An explanation in both languages: its rule's message with its arguments. */
    public Bilingual render(Explanation explanation) {
        return new Bilingual(render(explanation, INDONESIAN), render(explanation, ENGLISH));
    }

    /** An explanation in one language. */
    public String render(Explanation explanation, Locale locale) {
        return render(explanation.rule(), explanation.arguments(), locale);
    }

    /** The name of an enum value for people, in both languages: the bundle key {@link #labelKey(Enum)}. */
    public Bilingual label(Enum<?> value) {
        return new Bilingual(label(value, INDONESIAN), label(value, ENGLISH));
    }

    /** The name of an enum value for people in one language; its constant's name if the bundle lacks it. */
    public String label(Enum<?> value, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String key = labelKey(value);
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }

    /**
     * The bundle key of an enum value's label: {@code enum.} + the enum's name inside its package +
     * {@code .} + the constant, e.g. {@code enum.DecreeStatus.ENACTED}, {@code enum.Realization.Source.Kind.SURVEY}.
     */
    public static String labelKey(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String name =
                type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
        return "enum." + name + "." + value.name();
    }

    public boolean knows(String code) {
        return bundle(INDONESIAN).containsKey(code) && bundle(ENGLISH).containsKey(code);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A message in one language: the pattern of the code, or the fallback, with its arguments. */
    public String render(String code, List<Object> arguments, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("fallback");
        }
        Object[] shown =
                arguments.stream().map(argument -> show(argument, locale)).toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** Arguments are shown as text, so that MessageFormat does not group a year into "2.024". */
    private String show(Object argument, Locale locale) {
        if (argument instanceof BigDecimal decimal) {
            return locale.getLanguage().equals("en") ? decimal.toPlainString() : IndonesianNumber.format(decimal);
        }
        if (argument instanceof Enum<?> value) {
            return label(value, locale);
        }
        if (argument instanceof Explanation step) {
            return render(step, locale);
        }
        if (argument instanceof List<?> items) {
            return items.stream().map(item -> show(item, locale)).collect(Collectors.joining("; "));
        }
        String text = String.valueOf(argument);
        ResourceBundle bundle = bundle(locale);
        return bundle.containsKey("thing." + text) ? bundle.getString("thing." + text) : text;
    }

    /** The language a request asks for: English when its Accept-Language prefers it, Indonesian otherwise. */
    public static Locale languageOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return INDONESIAN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            Locale chosen = Locale.lookup(ranges, List.of(INDONESIAN, Locale.forLanguageTag("id"), ENGLISH));
            return chosen != null && chosen.getLanguage().equals("en") ? ENGLISH : INDONESIAN;
        } catch (IllegalArgumentException malformed) {
            return INDONESIAN;
        }
    }
}
