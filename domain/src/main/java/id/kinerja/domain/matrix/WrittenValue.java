package id.kinerja.domain.matrix;

import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target or baseline as a matrix writes it, read as a person reads it: "85%", "2 hari", "60 kali", "1.500bh"
 * (the number and its unit), "86 (Baik)" (with the promised category), "80 – 90" or "80 s.d. 90" (a range),
 * "WTP" (words), "N/A" (not applicable, kept as such, never 0), "—" (nothing written). Numbers go through the one
 * reader, {@link IndonesianNumber}; what it could not be sure of is noted.
 *
 * @param value the number, range or words; null when nothing or "N/A" is written
 * @param unit the unit written beside the number ("bh", "hari", "%"), or null
 * @param category the category in brackets ("Baik"), or null
 */
public record WrittenValue(
        String written, TargetValue value, boolean notApplicable, String unit, String category, List<String> notes) {

    /** The notes a value may carry, as message codes. */
    public static final String UNIT_SPLIT = "matrix.doubt.unit-split";

    public static final String DOT_AS_THOUSANDS = "matrix.doubt.dot-as-thousands";
    public static final String DOT_AS_DECIMAL = "matrix.doubt.dot-as-decimal";

    private static final Pattern NOT_APPLICABLE =
            Pattern.compile("(?i)n\\s*/\\s*a|n\\.?a\\.?|tidak berlaku|tidak ada target|not applicable");
    private static final Pattern NOTHING = Pattern.compile("[-–—]+|");
    private static final Pattern CATEGORY = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)$");
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("^(-?[0-9](?:[0-9.,]*[0-9])?)\\s*([^0-9].*)?$");
    private static final Pattern RANGE = Pattern.compile(
            "^(-?[0-9][0-9.,]*)\\s*(?:–|—|-|s\\.\\s?d\\.?|s/d|sd|sampai(?: dengan)?)\\s*([0-9][0-9.,]*)\\s*([^0-9].*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOT_THOUSANDS = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern DOT_DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]{1,2}");

    public WrittenValue {
        notes = List.copyOf(notes);
    }

    /** Whether anything at all is written (an "N/A" is written; a blank or a dash is not). */
    public boolean isPresent() {
        return value != null || notApplicable;
    }

    /** Whether the text looks like a number, so that a failure to read it is an error and not words. */
    static boolean looksNumeric(String text) {
        return text.strip().matches("-?[0-9].*");
    }

    /**
     * Reads one cell.
     *
     * @param numberCell whether the cell was a workbook number cell (its dots are then surely thousands)
     * @throws id.kinerja.domain.shared.InvalidValue when a number cannot be read in an accepted form
     */
    public static WrittenValue read(String text, boolean numberCell, String field) {
        String written = text == null ? "" : text.strip().replace('\u00a0', ' ');
        if (NOTHING.matcher(written).matches()) {
            return new WrittenValue(written, null, false, null, null, List.of());
        }
        if (NOT_APPLICABLE.matcher(written).matches()) {
            return new WrittenValue(written, null, true, null, null, List.of());
        }
        String rest = written;
        String category = null;
        Matcher bracketed = CATEGORY.matcher(rest);
        if (bracketed.matches() && looksNumeric(bracketed.group(1))) {
            rest = bracketed.group(1).strip();
            category = bracketed.group(2).strip();
        }
        if (!looksNumeric(rest)) {
            return new WrittenValue(written, new TargetValue.Qualitative(written), false, null, null, List.of());
        }
        List<String> notes = new ArrayList<>();
        Matcher range = RANGE.matcher(rest);
        if (range.matches()) {
            BigDecimal lower = number(range.group(1), numberCell, field, notes);
            BigDecimal upper = number(range.group(2), numberCell, field, notes);
            String unit = unitOf(range.group(3), notes);
            return new WrittenValue(written, new TargetValue.Range(lower, upper), false, unit, category, notes);
        }
        Matcher numberAndUnit = NUMBER_AND_UNIT.matcher(rest);
        if (!numberAndUnit.matches()) {
            throw unreadable(rest, field);
        }
        BigDecimal amount = number(numberAndUnit.group(1), numberCell, field, notes);
        String unit = unitOf(numberAndUnit.group(2), notes);
        return new WrittenValue(written, new TargetValue.Numeric(amount), false, unit, category, notes);
    }

    private static BigDecimal number(String text, boolean numberCell, String field, List<String> notes) {
        BigDecimal amount = IndonesianNumber.parse(text, field);
        if (!numberCell && DOT_THOUSANDS.matcher(text).matches()) {
            notes.add(DOT_AS_THOUSANDS);
        } else if (!numberCell && DOT_DECIMAL.matcher(text).matches()) {
            notes.add(DOT_AS_DECIMAL);
        }
        return amount;
    }

    private static InvalidValue unreadable(String text, String field) {
        return new InvalidValue(
                "number.unreadable",
                field,
                "'" + text + "' is not a number in an accepted form",
                text,
                IndonesianNumber.ACCEPTED_FORMS + " · 85% · 2 hari · 1.500bh · 80 – 90 · N/A");
    }

    private static String unitOf(String suffix, List<String> notes) {
        if (suffix == null || suffix.isBlank()) {
            return null;
        }
        String unit = suffix.strip();
        if (!unit.matches("%|[\\p{L}][\\p{L} ./²³-]{0,49}")) {
            throw unreadable(suffix, "value");
        }
        notes.add(UNIT_SPLIT);
        return unit;
    }
}
