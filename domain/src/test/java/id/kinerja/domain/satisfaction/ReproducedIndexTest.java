package id.kinerja.domain.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The printed-report case of issue 14: answer counts whose exact IKM is 92,11, while a report that rounds each
 * element's mean and then their mean to 2 decimals before × 25 prints 92,25.
 *
 * <p>200 respondents answer every element. The answer sums are chosen so that eight of the nine NRRs end in
 * a third decimal 5 (737 ÷ 200 = 3,685): HALF_UP lifts each of them by 0,005, their mean then rounds up again.
 * Σ sums = 6632, so the exact IKM is 6632 ÷ (200 × 9) × 25 = 92,111… → 92,11; the rounded means sum to 33,20,
 * mean 3,6889 → 3,69 → × 25 = 92,25; with only the element means rounded it is 3,6889 × 25 = 92,22.
 */
class ReproducedIndexTest {
    static final long RESPONDENTS = 200;
    /** Sum of the 200 answers per element (answers of 3 and 4 only: sum − 600 respondents answered 4). */
    static final Map<String, Long> ANSWER_SUMS = sums();

    private static Map<String, Long> sums() {
        Map<String, Long> sums = new LinkedHashMap<>();
        long[] values = {737, 745, 721, 800, 733, 751, 759, 681, 705};
        for (int i = 0; i < values.length; i++) {
            sums.put("U" + (i + 1), values[i]);
        }
        return sums;
    }

    /** The NRRs a report prints to 3 decimals: exactly sum ÷ 200. */
    static List<BigDecimal> nrrs() {
        return ANSWER_SUMS.values().stream()
                .map(sum -> BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(RESPONDENTS)))
                .toList();
    }

    @Test
    void answerCountsGiveExactly92_11WhenComputedByKinerja() {
        Map<String, ElementTally> byElement = new LinkedHashMap<>();
        ANSWER_SUMS.forEach((code, sum) -> byElement.put(code, new ElementTally(sum, RESPONDENTS)));
        IndexResult computed = new SatisfactionIndexCalculation(Methodology.PERMENPANRB_14_2017, WeightVariant.EXACT)
                .compute(new ServiceTally("Pelayanan", RESPONDENTS, byElement));

        assertThat(computed.index()).contains(new BigDecimal("92.11"));
    }

    @Test
    void reportRoundingAlongTheWayReproducesThePrinted92_25BesideTheExact92_11() {
        ReproducedIndex reproduced = ReproducedIndex.of(
                Methodology.PERMENPANRB_14_2017,
                WeightVariant.EXACT,
                ReportRounding.ELEMENT_MEANS_AND_INDEX_2DP,
                nrrs());

        assertThat(reproduced.reproduced()).isEqualByComparingTo("92.25");
        assertThat(reproduced.exact()).isEqualByComparingTo("92.11");
        assertThat(reproduced.difference()).isEqualByComparingTo("0.14");
        assertThat(reproduced.exactUnrounded().setScale(6, java.math.RoundingMode.HALF_UP))
                .isEqualByComparingTo("92.111111");
    }

    @Test
    void eachRoundingGivesItsOwnFigureFromTheSameNrrs() {
        assertThat(ReproducedIndex.of(Methodology.PERMENPANRB_14_2017, WeightVariant.EXACT, ReportRounding.NONE, nrrs())
                        .reproduced())
                .isEqualByComparingTo("92.11");
        assertThat(ReproducedIndex.of(
                                Methodology.PERMENPANRB_14_2017,
                                WeightVariant.EXACT,
                                ReportRounding.ELEMENT_MEANS_2DP,
                                nrrs())
                        .reproduced())
                .isEqualByComparingTo("92.22");
        assertThat(ReproducedIndex.matching(
                        Methodology.PERMENPANRB_14_2017, WeightVariant.EXACT, nrrs(), new BigDecimal("92.25")))
                .containsExactly(ReportRounding.ELEMENT_MEANS_AND_INDEX_2DP);
    }

    @Test
    void literalWeightIsAppliedToTheRoundedMeans() {
        // 0,11 × Σ rounded NRRs (33,20) = 3,652 → 3,65 → 91,25; exact 0,11 × 33,16 = 3,6476 × 25 = 91,19
        ReproducedIndex reproduced = ReproducedIndex.of(
                Methodology.PERMENPANRB_14_2017,
                WeightVariant.LITERAL_0_11,
                ReportRounding.ELEMENT_MEANS_AND_INDEX_2DP,
                nrrs());

        assertThat(reproduced.reproduced()).isEqualByComparingTo("91.25");
        assertThat(reproduced.exact()).isEqualByComparingTo("91.19");
    }
}
