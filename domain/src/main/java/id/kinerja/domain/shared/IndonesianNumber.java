package id.kinerja.domain.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

/**
 * The one reader of numbers written by people, whatever the entry point (API string values, pages, CSV and
 * XLSX text cells), and their writer. The rule (ADR 0015): a comma marks decimals ("87,50"); a dot followed
 * by exactly three digits groups thousands ("1.500" is 1500, "1.234.567,89"); a single dot followed by one or
 * two digits is a decimal point, as real tables mix "3.5" beside "3,75"; an optional leading minus; a
 * trailing "%" only where the value is a percentage. Everything else that is not plainly one number —
 * exponents ("1e3"), a plus sign, a bare leading separator (".5"), digits of other scripts ("١٢٣"), blanks
 * inside, several decimal commas — is refused with the accepted forms. The scale as written is kept:
 * "87,50" is 87.50, not 87.5.
 */
public final class IndonesianNumber {

    /** The forms {@link #parse} accepts, shown to a user whose input was refused. */
    public static final String ACCEPTED_FORMS = "87,50 · 87.50 · 1.500 · 1.234.567,89 · -3,5";

    /** The forms {@link #parse(String, String, boolean)} accepts for a percentage. */
    public static final String ACCEPTED_PERCENT_FORMS = ACCEPTED_FORMS + " · 87,5%";

    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]+(,[0-9]+)?");
    private static final Pattern DECIMAL_DOT = Pattern.compile("-?[0-9]+\\.[0-9]{1,2}");
    private static final Pattern PERCENT_SIGN = Pattern.compile("[ \\u00a0]*%$");

    private IndonesianNumber() {}

    /**
     * Reads a number written by a person; a percent sign is refused.
     *
     * @param text the text as typed or read from a file
     * @param field the field it came from, named in the error
     * @throws InvalidValue when the text is not a number or could mean two different numbers
     */
    public static BigDecimal parse(String text, String field) {
        return parse(text, field, false);
    }

    /**
     * Reads a number written by a person, allowing a trailing "%" (the value stays in percent: "87,5%" is
     * 87.5) when the value is a percentage.
     */
    public static BigDecimal parse(String text, String field, boolean percentage) {
        if (text == null || text.isBlank()) {
            throw InvalidValue.required(field);
        }
        String candidate = text.strip();
        if (percentage) {
            candidate = PERCENT_SIGN.matcher(candidate).replaceFirst("");
        }
        if (DECIMAL_DOT.matcher(candidate).matches()) {
            return new BigDecimal(candidate);
        }
        if (GROUPED.matcher(candidate).matches()
                || DECIMAL_COMMA.matcher(candidate).matches()) {
            return new BigDecimal(candidate.replace(".", "").replace(',', '.'));
        }
        String accepted = percentage ? ACCEPTED_PERCENT_FORMS : ACCEPTED_FORMS;
        throw new InvalidValue(
                "number.unreadable",
                field,
                "'" + text + "' is not a number in an accepted form (" + accepted + ")",
                text,
                accepted);
    }

    /** Whether a unit of measure ("%", "persen", "persentase") makes its values percentages. */
    public static boolean isPercentUnit(String unitOfMeasure) {
        if (unitOfMeasure == null) {
            return false;
        }
        String unit = unitOfMeasure.strip().toLowerCase(java.util.Locale.ROOT);
        return unit.equals("%") || unit.equals("persen") || unit.equals("persentase") || unit.equals("percent");
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
