package id.kinerja.domain.evaluation;

import id.kinerja.domain.shared.Explanation;
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
        Explanation explanation) {

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
        Explanation left =
                Explanation.of("score.left-out", notFilled, notApplicable, notComputable, achieved, notAchieved);
        Explanation capped = cap == AttainmentCap.NONE
                ? Explanation.of("score.no-cap")
                : Explanation.of("score.capped", cap.limit().orElseThrow());
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
                    Explanation.of("score.nothing-to-average", left));
        }
        BigDecimal exact = sum.divide(BigDecimal.valueOf(averaged), MathContext.DECIMAL128);
        BigDecimal percent = exact.setScale(2, RoundingMode.HALF_UP);
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
                Explanation.of("score.mean", averaged, capped, sum, exact, percent, scale.name(), left));
    }
}
