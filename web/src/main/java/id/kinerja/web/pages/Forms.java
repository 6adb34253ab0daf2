package id.kinerja.web.pages;

import id.kinerja.api.problem.Messages;
import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What every page form needs: reading fields the way people write them (Indonesian numbers and dates,
 * one item per line), and a refusal turned into the message shown next to the field.
 */
final class Forms {
    private Forms() {}

    /** The refusal as the page shows it: the field at fault and the Indonesian message. */
    record Refusal(String form, String field, String message) {
        static Refusal of(String form, DomainException e, Messages messages) {
            Messages.Bilingual text = messages.render(e.code(), e.arguments());
            return new Refusal(form, e.field().orElse(null), Words.english() ? text.en() : text.id());
        }
    }

    /** A page re-shown with its refusal, answered with the status the API would give (409, 422…). */
    static io.micronaut.http.HttpResponse<?> refused(DomainException e, Object page) {
        return io.micronaut.http.HttpResponse.status(id.kinerja.api.problem.Problems.statusOf(e))
                .body(page);
    }

    static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A textarea with one item per line, blank lines skipped. */
    static List<String> lines(Map<String, String> form, String field) {
        String value = form.get(field);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** A number written the Indonesian way ("87,50", "1.500") or as a browser's number field sends it. */
    static BigDecimal number(Map<String, String> form, String field) {
        String value = text(form, field);
        return value == null ? null : IndonesianNumber.parse(value, field);
    }

    /**
     * A realization's value as written: a number when it reads as one ("87,50", "1.500"), otherwise words for
     * a qualitative indicator.
     */
    record Written(BigDecimal amount, String words) {}

    static Written numberOrWords(Map<String, String> form, String field) {
        String written = text(form, field);
        if (written != null && written.matches("-?[0-9][0-9.,]*")) {
            return new Written(number(form, field), null);
        }
        return new Written(null, written);
    }

    /** A date from a date field (2024-01-03) or written out ("3 Januari 2024"). */
    static LocalDate date(Map<String, String> form, String field) {
        String value = text(form, field);
        if (value == null) {
            throw InvalidValue.required(field);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return IndonesianDate.parse(value, field);
        }
    }

    static Integer integer(Map<String, String> form, String field) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidValue("number.not-a-year", field, "'" + value + "' is not a year", value);
        }
    }

    static URI location(String path) {
        return URI.create(path);
    }
}
