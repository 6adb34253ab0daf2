package id.kinerja.domain.satisfaction;

import id.kinerja.domain.shared.InvalidValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The minimum number of respondents for a population (Krejcie–Morgan, as SKM guidance reproduces it):
 * n = 3,841·N·0,25 ÷ (0,0025·(N−1) + 3,841·0,25), rounded to the nearest integer. A smaller survey still
 * computes but is flagged.
 */
public final class SampleSize {
    private static final BigDecimal CHI_SQUARE = new BigDecimal("3.841");
    private static final BigDecimal PROPORTION_VARIANCE = new BigDecimal("0.25");
    private static final BigDecimal MARGIN_SQUARED = new BigDecimal("0.0025");

    private SampleSize() {}

    public static long minimumFor(long population) {
        if (population < 1) {
            throw new InvalidValue(
                    "survey.population", "population", "the population served must be at least 1", population);
        }
        BigDecimal n = BigDecimal.valueOf(population);
        BigDecimal numerator = CHI_SQUARE.multiply(n).multiply(PROPORTION_VARIANCE);
        BigDecimal denominator =
                MARGIN_SQUARED.multiply(n.subtract(BigDecimal.ONE)).add(CHI_SQUARE.multiply(PROPORTION_VARIANCE));
        return numerator
                .divide(denominator, MathContext.DECIMAL128)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
