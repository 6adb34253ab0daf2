package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.LowerIsBetterRule;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.shared.Explanation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The attainment rules of docs/domain.md §5 and PermenPANRB 8/2021, computed from the values as recorded:
 * higher is better R ÷ T × 100; lower is better (2T − R) ÷ T × 100 or, by the indicator's choice,
 * T ÷ R × 100; a range gives 100 inside it and compares with the bound crossed outside it, by the
 * polarity's formula, so a result better than the range exceeds 100 %. A stabilising indicator is the
 * exception: leaving its range either way is worse, so above the upper bound it is judged as lower is
 * better against that bound and below the lower bound as higher is better against it, never above 100 %;
 * a single number as its target is the range from that number to itself. A qualitative target is achieved
 * or not. Exact arithmetic, one rounding to 2 decimals HALF_UP at the end.
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
            Explanation against = Explanation.of("attainment.against.target", numeric.amount());
            if (polarity == Polarity.STABILIZE) {
                return stabilised(numeric.amount(), numeric.amount(), realization, against, against);
            }
            return compare(polarity, numeric.amount(), realization, against);
        }
        if (target instanceof TargetValue.Range range) {
            if (realization.compareTo(range.lower()) >= 0 && realization.compareTo(range.upper()) <= 0) {
                return new Attainment.Computed(
                        new BigDecimal("100.00"),
                        HUNDRED,
                        Explanation.of("attainment.inside-range", realization, range.lower(), range.upper()));
            }
            Explanation upper = Explanation.of("attainment.against.range-upper", range.lower(), range.upper());
            Explanation lower = Explanation.of("attainment.against.range-lower", range.lower(), range.upper());
            if (polarity == Polarity.STABILIZE) {
                return stabilised(range.lower(), range.upper(), realization, lower, upper);
            }
            boolean above = realization.compareTo(range.upper()) > 0;
            return compare(polarity, above ? range.upper() : range.lower(), realization, above ? upper : lower);
        }
        return new Attainment.NotComputable(
                "attainment.qualitative-target",
                List.of(target.display()),
                Explanation.of("attainment.qualitative-target", target.display()));
    }

    /** A qualitative realization ("WTP") against a qualitative target: achieved when they are the same words. */
    public Attainment evaluate(TargetValue.Qualitative target, String realization) {
        boolean achieved = normalized(target.text()).equals(normalized(realization));
        return new Attainment.Qualitative(
                achieved,
                Explanation.of(
                        achieved ? "attainment.qualitative.met" : "attainment.qualitative.not-met",
                        String.valueOf(realization),
                        target.text()));
    }

    private static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Stabilising: 100 inside [lower, upper]; above it (2U − R) ÷ U, below it R ÷ L, so the attainment never
     * exceeds 100 % (the default lower-is-better formula, whatever rule the indicator names for that polarity).
     */
    private Attainment stabilised(
            BigDecimal lower,
            BigDecimal upper,
            BigDecimal realization,
            Explanation againstLower,
            Explanation againstUpper) {
        if (realization.compareTo(upper) > 0) {
            return new AttainmentRule(Polarity.LOWER_IS_BETTER, LowerIsBetterRule.TWICE_TARGET_MINUS_REALIZATION)
                    .compare(Polarity.LOWER_IS_BETTER, upper, realization, againstUpper);
        }
        if (realization.compareTo(lower) < 0) {
            return compare(Polarity.HIGHER_IS_BETTER, lower, realization, againstLower);
        }
        return new Attainment.Computed(
                new BigDecimal("100.00"),
                HUNDRED,
                Explanation.of("attainment.inside-range", realization, lower, upper));
    }

    /**
     * @param direction the polarity whose formula applies: the indicator's, or the one a stabilising
     *     indicator takes on the side of its range the realization fell
     * @param against what the realization is compared with: the target, or the bound of a range crossed
     */
    private Attainment compare(Polarity direction, BigDecimal target, BigDecimal realization, Explanation against) {
        if (direction == Polarity.LOWER_IS_BETTER && lowerRule == LowerIsBetterRule.TARGET_OVER_REALIZATION) {
            if (realization.signum() == 0) {
                return notComputable("attainment.realization-zero", realization, target, against);
            }
            return computed(
                    "attainment.lower-is-better.target-over-realization",
                    target.divide(realization, EXACT),
                    realization,
                    target,
                    against);
        }
        if (target.signum() == 0) {
            return notComputable("attainment.target-zero", realization, target, against);
        }
        if (direction == Polarity.LOWER_IS_BETTER) {
            BigDecimal ratio = target.multiply(TWO).subtract(realization).divide(target, EXACT);
            return computed(
                    "attainment.lower-is-better.twice-target-minus-realization", ratio, realization, target, against);
        }
        return computed("attainment.higher-is-better", realization.divide(target, EXACT), realization, target, against);
    }

    private static Attainment notComputable(
            String reason, BigDecimal realization, BigDecimal target, Explanation against) {
        return new Attainment.NotComputable(
                reason,
                List.of(),
                Explanation.of("attainment.not-computable", realization, target, against, Explanation.of(reason)));
    }

    /**
     * The explanation's arguments: R, T, what T is (target or range bound), the exact percentage, and the
     * percentage rounded once to 2 decimals HALF_UP.
     */
    private static Attainment computed(
            String rule, BigDecimal ratio, BigDecimal realization, BigDecimal target, Explanation against) {
        BigDecimal exact = ratio.multiply(HUNDRED, EXACT);
        BigDecimal percent = exact.setScale(2, RoundingMode.HALF_UP);
        return new Attainment.Computed(
                percent, exact, Explanation.of(rule, realization, target, against, exact, percent));
    }
}
