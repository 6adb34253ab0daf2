package id.kinerja.domain.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * An objective's or unit's score: the mean of its indicators' computed attainments, each capped first if a
 * cap is chosen, rounded once to 2 decimals. What is not filled, not applicable or not computable is left
 * out and counted; qualitative indicators are counted as achieved or not, and not averaged.
 */
public record AttainmentScore(
        Optional<BigDecimal> percent,
        Optional<String> rating,
        AttainmentCap cap,
        int averaged,
        int notFilled,
        int notApplicable,
        int notComputable,
        int qualitativeAchieved,
        int qualitativeNotAchieved,
        String explanation) {

    public static AttainmentScore of(List<Attainment> attainments, AttainmentCap cap, RatingScale scale) {
        BigDecimal sum = BigDecimal.ZERO;
        int averaged = 0;
        int notFilled = 0;
        int notApplicable = 0;
        int notComputable = 0;
        int achieved = 0;
        int notAchieved = 0;
        for (Attainment attainment : attainments) {
            if (attainment instanceof Attainment.Computed computed) {
                sum = sum.add(cap.apply(computed.exact()));
                averaged++;
            } else if (attainment instanceof Attainment.Qualitative qualitative) {
                if (qualitative.achieved()) {
                    achieved++;
                } else {
                    notAchieved++;
                }
            } else if (attainment instanceof Attainment.NotFilled) {
                notFilled++;
            } else if (attainment instanceof Attainment.NotApplicable) {
                notApplicable++;
            } else {
                notComputable++;
            }
        }
        String left = "; left out: " + notFilled + " not filled, " + notApplicable + " not applicable, "
                + notComputable + " not computable; qualitative: " + achieved + " achieved, " + notAchieved
                + " not achieved";
        String capped = cap == AttainmentCap.NONE
                ? "no cap"
                : "each capped at " + cap.limit().orElseThrow().toPlainString() + " %";
        if (averaged == 0) {
            return new AttainmentScore(
                    Optional.empty(),
                    Optional.empty(),
                    cap,
                    0,
                    notFilled,
                    notApplicable,
                    notComputable,
                    achieved,
                    notAchieved,
                    "no computed attainment to average" + left);
        }
        BigDecimal percent =
                sum.divide(BigDecimal.valueOf(averaged), MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);
        return new AttainmentScore(
                Optional.of(percent),
                Optional.of(scale.rate(percent)),
                cap,
                averaged,
                notFilled,
                notApplicable,
                notComputable,
                achieved,
                notAchieved,
                "mean of " + averaged + " computed attainments (" + capped + ", unrounded values) = "
                        + percent.toPlainString() + " % (rounded once, 2 decimals HALF_UP), rated on "
                        + scale.name() + left);
    }
}
