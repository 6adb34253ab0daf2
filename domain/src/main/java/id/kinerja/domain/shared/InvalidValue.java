package id.kinerja.domain.shared;

import java.io.Serial;

/** A value that can never be right, whatever else is stored: a malformed number, a blank name, year 99. */
public final class InvalidValue extends DomainException {
    @Serial
    private static final long serialVersionUID = 1L;

    public InvalidValue(String code, String field, String englishMessage, Object... arguments) {
        super(code, field, englishMessage, arguments);
    }

    /** A required text that was missing or blank. */
    public static InvalidValue required(String field) {
        return new InvalidValue("value.required", field, field + " is required", field);
    }

    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw required(field);
        }
        return value;
    }

    /** A list of texts, each required; absent means empty. Reports the first blank one by its index. */
    public static java.util.List<String> requireTexts(java.util.List<String> texts, String field) {
        if (texts == null) {
            return java.util.List.of();
        }
        for (int i = 0; i < texts.size(); i++) {
            requireText(texts.get(i), field + "[" + i + "]");
        }
        return java.util.List.copyOf(texts);
    }

    public static <T> T requirePresent(T value, String field) {
        if (value == null) {
            throw required(field);
        }
        return value;
    }
}
