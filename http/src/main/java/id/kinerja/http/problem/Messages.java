package id.kinerja.http.problem;

import id.kinerja.domain.shared.IndonesianNumber;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of every error and warning code, in Indonesian (the default) and English, from the
 * bundles {@code i18n/messages_id.properties} and {@code i18n/messages_en.properties}.
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

    /**
     * The label of a code a person sees (a state, a kind, a methodology): {@code enum.<Type>.<NAME>} in the
     * bundles; the code itself only where a bundle lacks it, which {@code MessagesTest} does not let pass.
     */
    public Bilingual label(Enum<?> value) {
        String code = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return knows(code) ? render(code, List.of()) : new Bilingual(value.name(), value.name());
    }

    public boolean knows(String code) {
        return bundle(INDONESIAN).containsKey(code) && bundle(ENGLISH).containsKey(code);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private String render(String code, List<Object> arguments, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("fallback");
        }
        Object[] shown = arguments.stream()
                .map(argument -> show(argument, locale))
                .map(text -> bundle.containsKey("thing." + text) ? bundle.getString("thing." + text) : text)
                .toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** Arguments are shown as text, so that MessageFormat does not group a year into "2.024". */
    private static String show(Object argument, Locale locale) {
        if (argument instanceof BigDecimal decimal) {
            return locale.getLanguage().equals("en") ? decimal.toPlainString() : IndonesianNumber.format(decimal);
        }
        return String.valueOf(argument);
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
