package id.kinerja.domain.indicator;

import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RuleViolation;
import java.math.BigDecimal;

/**
 * Rentang nilai sah: the values an indicator can take at all, such as 0–100 for a percentage or 25–100 for a
 * satisfaction index. Either bound may be open. A realization, target or baseline outside it is refused, so a
 * slip of the decimal separator ("1.500" meant as 1,5) cannot be stored unnoticed.
 */
public record ValidRange(BigDecimal minimum, BigDecimal maximum) {

    /** The scale of the satisfaction index (IKM) of PermenPANRB 14/2017: 25 to 100. */
    public static final ValidRange SATISFACTION_INDEX_SCALE =
            new ValidRange(new BigDecimal("25"), new BigDecimal("100"));

    /** No bound on either side. */
    public static final ValidRange OPEN = new ValidRange(null, null);

    public ValidRange {
        if (minimum != null) {
            minimum = TargetValue.requirePrecision(minimum, "validMinimum");
        }
        if (maximum != null) {
            maximum = TargetValue.requirePrecision(maximum, "validMaximum");
        }
        if (minimum != null && maximum != null && minimum.compareTo(maximum) > 0) {
            throw new RuleViolation(
                    "indicator.range-reversed",
                    "validMaximum",
                    "the valid range's maximum " + maximum.toPlainString() + " is below its minimum "
                            + minimum.toPlainString(),
                    IndonesianNumber.format(minimum),
                    IndonesianNumber.format(maximum));
        }
    }

    /** The range an indicator of this kind has when it declares none: an index's scale, otherwise open. */
    public static ValidRange defaultFor(IndicatorKind kind) {
        return kind == IndicatorKind.SATISFACTION_INDEX ? SATISFACTION_INDEX_SCALE : OPEN;
    }

    public boolean isOpen() {
        return minimum == null && maximum == null;
    }

    public boolean contains(BigDecimal value) {
        return (minimum == null || value.compareTo(minimum) >= 0) && (maximum == null || value.compareTo(maximum) <= 0);
    }

    /** Refuses a value outside the range, naming the range and the field. */
    public BigDecimal require(BigDecimal value, String field) {
        InvalidValue.requirePresent(value, field);
        if (!contains(value)) {
            throw new RuleViolation(
                    "value.outside-range",
                    field,
                    IndonesianNumber.format(value) + " lies outside the indicator's valid range " + display(),
                    IndonesianNumber.format(value),
                    display());
        }
        return value;
    }

    /** "25 – 100", "≥ 0", "≤ 100". */
    public String display() {
        if (minimum != null && maximum != null) {
            return IndonesianNumber.format(minimum) + " – " + IndonesianNumber.format(maximum);
        }
        if (minimum != null) {
            return "≥ " + IndonesianNumber.format(minimum);
        }
        return maximum == null ? "" : "≤ " + IndonesianNumber.format(maximum);
    }
}
