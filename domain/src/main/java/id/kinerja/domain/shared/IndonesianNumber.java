package id.kinerja.domain.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

/**
 * Reads and writes decimals the way Indonesian documents write them ("87,50", "1.234.567,89"), and the
 * mixed styles real tables contain ("3.5" beside "3,75"). Reading is deliberate rather than lenient: a dot
 * followed by exactly three digits groups thousands, a dot followed by one or two digits is a decimal
 * point, and anything else that could be read two ways is refused with the accepted forms. The scale as
 * written is kept: "87,50" is 87.50, not 87.5.
 */
public final class IndonesianNumber {

    /** The forms {@link #parse} accepts, shown to a user whose input was refused. */
    public static final String ACCEPTED_FORMS = "87,50 · 87.50 · 1.500 · 1.234.567,89 · -3,5";

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})*(,\\d+)?|[+-]?\\d+(,\\d+)?");
    private static final Pattern DECIMAL_DOT = Pattern.compile("[+-]?\\d+\\.\\d{1,2}");

    private IndonesianNumber() {}

    /**
     * Parses a number written by a person.
     *
     * @param text the text as typed or read from a file
     * @param field the field it came from, named in the error
     * @throws InvalidValue when the text is not a number or could mean two different numbers
     */
    public static BigDecimal parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw InvalidValue.required(field);
        }
        String candidate = text.strip().replace('\u00a0', ' ').replace(" ", "");
        if (DECIMAL_DOT.matcher(candidate).matches()) {
            return new BigDecimal(candidate);
        }
        if (DECIMAL_COMMA.matcher(candidate).matches()) {
            return new BigDecimal(candidate.replace(".", "").replace(',', '.'));
        }
        throw new InvalidValue(
                "number.unreadable",
                field,
                "'" + text + "' is not a number in an accepted form (" + ACCEPTED_FORMS + ")",
                text,
                ACCEPTED_FORMS);
    }

    /** Writes a decimal the Indonesian way, keeping its scale: 87.50 → "87,50", 1500 → "1.500". */
    public static String format(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        int scale = Math.max(0, value.scale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        return format.format(value);
    }
}
