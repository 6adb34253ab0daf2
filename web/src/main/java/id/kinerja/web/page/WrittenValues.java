package id.kinerja.web.page;

import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Values as people type them into a form: numbers the Indonesian way ("87,50", "1.500"), dates written out or
 * from a date field, one item per line, a choice from a list. Each refuses what it cannot read with the field
 * at fault, so a form record's typed accessors never let a malformed value reach a use case as a 500. Values
 * are shown back the same way.
 */
public final class WrittenValues {
    private WrittenValues() {}

    /** The text without surrounding blanks; null when nothing was typed. */
    public static String text(String written) {
        return written == null || written.isBlank() ? null : written.strip();
    }

    /** A textarea with one item per line, blank lines skipped. */
    public static List<String> lines(String written) {
        if (written == null) {
            return List.of();
        }
        return Arrays.stream(written.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** A number written the Indonesian way, or as a browser's number field sends it; null when empty. */
    public static BigDecimal number(String written, String field) {
        String value = text(written);
        return value == null ? null : IndonesianNumber.parse(value, field);
    }

    /** A date from a date field (2024-01-03) or written out ("3 Januari 2024"); required. */
    public static LocalDate date(String written, String field) {
        String value = text(written);
        if (value == null) {
            throw InvalidValue.required(field);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return IndonesianDate.parse(value, field);
        }
    }

    /** A whole number such as a year or a version; null when empty. */
    public static Integer integer(String written, String field) {
        String value = text(written);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidValue("number.not-a-year", field, "'" + value + "' is not a whole number", value);
        }
    }

    /** A required whole number. */
    public static int requiredInteger(String written, String field) {
        return InvalidValue.requirePresent(integer(written, field), field);
    }

    /** The id of a thing picked from a list; null when nothing was picked. */
    public static UUID id(String written, String field) {
        String value = text(written);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("form.not-an-id", field, "'" + value + "' is not an id", field);
        }
    }

    /** One of a list of choices by its code, or the default when nothing was chosen. */
    public static <E extends Enum<E>> E choice(Class<E> choices, String written, E otherwise, String field) {
        String value = text(written);
        if (value == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(choices, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("form.unknown-choice", field, "'" + value + "' is not a choice", field, value);
        }
    }

    /** A realization's value as people write it: the number the Indonesian way, or a qualitative one's words. */
    public static String shown(Realization realization) {
        return realization.value().amount() == null
                ? realization.value().text()
                : IndonesianNumber.format(realization.value().amount());
    }
}
