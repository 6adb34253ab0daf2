package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.LowerIsBetterRule;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.TargetValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The attainment rules of docs/domain.md §5 and PermenPANRB 8/2021, computed from the values as recorded:
 * higher is better R ÷ T × 100; lower is better (2T − R) ÷ T × 100 or, by the indicator's choice,
 * T ÷ R × 100; a range gives 100 inside it and compares with the nearer bound outside it; a qualitative
 * target is achieved or not. Exact arithmetic, one rounding to 2 decimals HALF_UP at the end.
 */
public final class AttainmentRule {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TWO = new BigDecimal("2");
    private static final MathContext EXACT = MathContext.DECIMAL128;

    private final Polarity polarity;
    private final LowerIsBetterRule lowerRule;

    public AttainmentRule(Polarity polarity, LowerIsBetterRule lowerRule) {
        this.polarity = polarity;
        this.lowerRule = lowerRule == null ? LowerIsBetterRule.TWICE_TARGET_MINUS_REALIZATION : lowerRule;
    }

    /** A numeric realization against a numeric or range target. */
    public Attainment evaluate(TargetValue target, BigDecimal realization) {
        if (target instanceof TargetValue.Numeric numeric) {
            return compare(
                    numeric.amount(), realization, "target " + numeric.amount().toPlainString());
        }
        if (target instanceof TargetValue.Range range) {
            String described = "range " + range.lower().toPlainString() + "–"
                    + range.upper().toPlainString();
            if (realization.compareTo(range.lower()) >= 0 && realization.compareTo(range.upper()) <= 0) {
                return new Attainment.Computed(
                        new BigDecimal("100.00"),
                        HUNDRED,
                        "realization " + realization.toPlainString() + " lies inside the " + described + " → 100");
            }
            boolean above = realization.compareTo(range.upper()) > 0;
            BigDecimal bound = above ? range.upper() : range.lower();
            return compare(
                    bound,
                    realization,
                    described + ", compared with its " + (above ? "upper" : "lower") + " bound "
                            + bound.toPlainString());
        }
        return new Attainment.NotComputable(
                "attainment.qualitative-target",
                List.of(target.display()),
                "a qualitative target is achieved or not, not a percentage");
    }

    /** A qualitative realization ("WTP") against a qualitative target: achieved when they are the same words. */
    public Attainment evaluate(TargetValue.Qualitative target, String realization) {
        boolean achieved = normalized(target.text()).equals(normalized(realization));
        return new Attainment.Qualitative(
                achieved,
                "realization '" + realization + "' " + (achieved ? "meets" : "does not meet") + " target '"
                        + target.text() + "'");
    }

    private static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Attainment compare(BigDecimal target, BigDecimal realization, String against) {
        String inputs = "realization " + realization.toPlainString() + ", " + against;
        if (polarity == Polarity.LOWER_IS_BETTER && lowerRule == LowerIsBetterRule.TARGET_OVER_REALIZATION) {
            if (realization.signum() == 0) {
                return new Attainment.NotComputable(
                        "attainment.realization-zero",
                        List.of(),
                        inputs + ": T ÷ R × 100 cannot divide by a realization of 0");
            }
            return computed(target.divide(realization, EXACT), inputs + "; lower is better, T ÷ R × 100");
        }
        if (target.signum() == 0) {
            return new Attainment.NotComputable(
                    "attainment.target-zero", List.of(), inputs + ": a target of 0 cannot be divided by");
        }
        if (polarity == Polarity.LOWER_IS_BETTER) {
            BigDecimal ratio = target.multiply(TWO).subtract(realization).divide(target, EXACT);
            return computed(ratio, inputs + "; lower is better, (2T − R) ÷ T × 100");
        }
        return computed(realization.divide(target, EXACT), inputs + "; higher is better, R ÷ T × 100");
    }

    private static Attainment computed(BigDecimal ratio, String explanation) {
        BigDecimal exact = ratio.multiply(HUNDRED, EXACT);
        BigDecimal percent = exact.setScale(2, RoundingMode.HALF_UP);
        return new Attainment.Computed(
                percent,
                exact,
                explanation + " = " + percent.toPlainString() + " % (rounded once, 2 decimals HALF_UP)");
    }
}
