package id.kinerja.domain.shared;

/** A value that can never be right, whatever else is stored: a malformed number, a blank name, year 99. */
public final class InvalidValue extends DomainException {
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

    public static <T> T requirePresent(T value, String field) {
        if (value == null) {
            throw required(field);
        }
        return value;
    }
}
