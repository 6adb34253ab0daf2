package id.kinerja.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.indicator.LowerIsBetterRule;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.TargetValue;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stabilising indicator is worse off on either side of its range, so it never exceeds 100 %; a range target
 * on a higher- or lower-is-better indicator keeps its polarity's formula against the bound crossed.
 */
class StabilisingAttainmentTest {
    private static final TargetValue.Range EIGHTY_TO_NINETY =
            new TargetValue.Range(new BigDecimal("80"), new BigDecimal("90"));

    private static BigDecimal percent(Polarity polarity, LowerIsBetterRule rule, TargetValue target, String r) {
        Attainment attainment = new AttainmentRule(polarity, rule).evaluate(target, new BigDecimal(r));
        assertThat(attainment).isInstanceOf(Attainment.Computed.class);
        return ((Attainment.Computed) attainment).percent();
    }

    @ParameterizedTest(name = "stabilise 80–90, realization {0} → {1} %")
    @CsvSource({
        // above the upper bound: (2U − R) ÷ U = (180 − 95) ÷ 90
        "95, 94.44",
        // below the lower bound: R ÷ L = 70 ÷ 80
        "70, 87.50",
        "85, 100.00",
        "80, 100.00",
        "90, 100.00",
        // far above: the lower-is-better formula goes below zero, as it does for any lower-is-better result
        "200, -22.22"
    })
    void leavingTheRangeEitherWayCostsAttainment(String realization, String expected) {
        assertThat(percent(Polarity.STABILIZE, null, EIGHTY_TO_NINETY, realization))
                .isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} 80–90, realization {1} → {2} %")
    @CsvSource({
        "HIGHER_IS_BETTER, 95, 105.56",
        "HIGHER_IS_BETTER, 70, 87.50",
        "LOWER_IS_BETTER, 75, 106.25",
        "LOWER_IS_BETTER, 95, 94.44"
    })
    void aRangeOnADirectedIndicatorMayExceedAHundred(Polarity polarity, String realization, String expected) {
        assertThat(percent(polarity, null, EIGHTY_TO_NINETY, realization)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "stabilise at 86, realization {0} → {1} %")
    @CsvSource({"90, 95.35", "80, 93.02", "86, 100.00"})
    void aSingleNumberIsARangeFromItselfToItself(String realization, String expected) {
        assertThat(percent(Polarity.STABILIZE, null, new TargetValue.Numeric(new BigDecimal("86")), realization))
                .isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "stabilise ignores the T ÷ R choice: realization {0} → {1} %")
    @CsvSource({"95, 94.44", "70, 87.50"})
    void theLowerIsBetterChoiceDoesNotLiftAStabilisingIndicator(String realization, String expected) {
        assertThat(percent(
                        Polarity.STABILIZE, LowerIsBetterRule.TARGET_OVER_REALIZATION, EIGHTY_TO_NINETY, realization))
                .isEqualByComparingTo(expected);
    }

    @Property
    void neverAboveAHundred(
            @ForAll @BigRange(min = "1", max = "500") BigDecimal lower,
            @ForAll @BigRange(min = "0", max = "500") BigDecimal width,
            @ForAll @BigRange(min = "0", max = "2000") BigDecimal realization) {
        Attainment attainment = new AttainmentRule(Polarity.STABILIZE, null)
                .evaluate(new TargetValue.Range(lower, lower.add(width)), realization);

        assertThat(((Attainment.Computed) attainment).exact()).isLessThanOrEqualTo(new BigDecimal("100"));
    }
}
