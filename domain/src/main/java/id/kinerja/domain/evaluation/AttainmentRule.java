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
                    numeric.amount(), realization, Explanation.of("attainment.against.target", numeric.amount()));
        }
        if (target instanceof TargetValue.Range range) {
            if (realization.compareTo(range.lower()) >= 0 && realization.compareTo(range.upper()) <= 0) {
                return new Attainment.Computed(
                        new BigDecimal("100.00"),
                        HUNDRED,
                        Explanation.of("attainment.inside-range", realization, range.lower(), range.upper()));
            }
            boolean above = realization.compareTo(range.upper()) > 0;
            BigDecimal bound = above ? range.upper() : range.lower();
            return compare(
                    bound,
                    realization,
                    Explanation.of(
                            above ? "attainment.against.range-upper" : "attainment.against.range-lower",
                            range.lower(),
                            range.upper()));
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
     * @param against what the realization is compared with: the target, or the nearer bound of a range
     */
    private Attainment compare(BigDecimal target, BigDecimal realization, Explanation against) {
        if (polarity == Polarity.LOWER_IS_BETTER && lowerRule == LowerIsBetterRule.TARGET_OVER_REALIZATION) {
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
        if (polarity == Polarity.LOWER_IS_BETTER) {
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
