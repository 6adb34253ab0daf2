package id.kinerja.domain.satisfaction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * An IKM a report printed, reproduced from the per-element NRRs it gives: the figure as the report's rounding
 * makes it, the exact figure beside it (nothing rounded until the IKM, 2 decimals HALF_UP), and how far apart
 * the two are.
 *
 * @param reproduced the IKM with the report's rounding, 2 decimals: the figure the report prints
 * @param exact the IKM from the same NRRs with nothing rounded along the way, rounded once to 2 decimals
 * @param exactUnrounded the exact IKM before its one rounding
 * @param difference reproduced − exact, 2 decimals (positive when the report's rounding raised the figure)
 */
public record ReproducedIndex(
        ReportRounding rounding,
        BigDecimal reproduced,
        BigDecimal exact,
        BigDecimal exactUnrounded,
        BigDecimal difference) {

    /**
     * Reproduces the IKM from NRRs given in the methodology's element order, with the survey's weight and the
     * report's rounding.
     */
    public static ReproducedIndex of(
            Methodology methodology, WeightVariant weight, ReportRounding rounding, List<BigDecimal> nrrs) {
        if (nrrs.size() != methodology.elements().size()) {
            throw new IllegalArgumentException(
                    methodology + " has " + methodology.elements().size() + " elements, not " + nrrs.size());
        }
        BigDecimal exactUnrounded = ikm(methodology, weight, ReportRounding.NONE, nrrs);
        BigDecimal exact = exactUnrounded.setScale(2, RoundingMode.HALF_UP);
        BigDecimal reproduced = ikm(methodology, weight, rounding, nrrs).setScale(2, RoundingMode.HALF_UP);
        return new ReproducedIndex(rounding, reproduced, exact, exactUnrounded, reproduced.subtract(exact));
    }

    /** The roundings under which these NRRs give the printed IKM: what to name when the chosen one does not. */
    public static List<ReportRounding> matching(
            Methodology methodology, WeightVariant weight, List<BigDecimal> nrrs, BigDecimal printed) {
        return Arrays.stream(ReportRounding.values())
                .filter(rounding ->
                        of(methodology, weight, rounding, nrrs).reproduced().compareTo(printed) == 0)
                .toList();
    }

    private static BigDecimal ikm(
            Methodology methodology, WeightVariant weight, ReportRounding rounding, List<BigDecimal> nrrs) {
        BigDecimal index = BigDecimal.ZERO;
        for (BigDecimal nrr : nrrs) {
            BigDecimal element = rounding == ReportRounding.NONE ? nrr : nrr.setScale(2, RoundingMode.HALF_UP);
            index = index.add(
                    weight.literal().map(element::multiply).orElse(element), SatisfactionIndexCalculation.EXACT);
        }
        if (weight.literal().isEmpty()) {
            index = index.divide(BigDecimal.valueOf(methodology.elements().size()), SatisfactionIndexCalculation.EXACT);
        }
        if (rounding == ReportRounding.ELEMENT_MEANS_AND_INDEX_2DP) {
            index = index.setScale(2, RoundingMode.HALF_UP);
        }
        return index.multiply(Methodology.SCALE_FACTOR, SatisfactionIndexCalculation.EXACT);
    }
}
