package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.UnitScoreRule;
import id.kinerja.domain.shared.Explanation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * An objective's or unit's score: the mean of its indicators' computed attainments, each capped first if a
 * cap is chosen, rounded once to 2 decimals. What is not filled, not applicable or not computable is left
 * out and counted; qualitative indicators are counted as achieved or not, and not averaged. A unit may
 * instead take the mean of its objectives' scores ({@link #ofObjectives}); the explanation names the rule.
 *
 * @param exact the unrounded mean, which a mean of objective scores averages so that it rounds only once
 * @param averaged how many values the mean is over: indicators, or objectives for a mean of objectives
 */
public record AttainmentScore(
        Optional<BigDecimal> percent,
        Optional<BigDecimal> exact,
        UnitScoreRule rule,
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
        Explanation capped = capped(cap);
        if (averaged == 0) {
            return new AttainmentScore(
                    Optional.empty(),
                    Optional.empty(),
                    UnitScoreRule.MEAN_OF_INDICATORS,
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
                Optional.of(exact),
                UnitScoreRule.MEAN_OF_INDICATORS,
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

    /**
     * The mean of objective scores, for a unit that chose it: each objective's unrounded score weighs the
     * same whatever its number of indicators; an objective with nothing computed is left out and counted.
     * The indicators' states are carried up, summed over the objectives.
     */
    public static AttainmentScore ofObjectives(List<AttainmentScore> objectives, AttainmentCap cap, RatingScale scale) {
        BigDecimal sum = BigDecimal.ZERO;
        int averaged = 0;
        int withoutScore = 0;
        int notFilled = 0;
        int notApplicable = 0;
        int notComputable = 0;
        int achieved = 0;
        int notAchieved = 0;
        for (AttainmentScore objective : objectives) {
            if (objective.exact().isPresent()) {
                sum = sum.add(objective.exact().get());
                averaged++;
            } else {
                withoutScore++;
            }
            notFilled += objective.notFilled();
            notApplicable += objective.notApplicable();
            notComputable += objective.notComputable();
            achieved += objective.qualitativeAchieved();
            notAchieved += objective.qualitativeNotAchieved();
        }
        Explanation left =
                Explanation.of("score.left-out", notFilled, notApplicable, notComputable, achieved, notAchieved);
        if (averaged == 0) {
            return new AttainmentScore(
                    Optional.empty(),
                    Optional.empty(),
                    UnitScoreRule.MEAN_OF_OBJECTIVES,
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
                Optional.of(exact),
                UnitScoreRule.MEAN_OF_OBJECTIVES,
                Optional.of(scale.rate(percent)),
                cap,
                averaged,
                notFilled,
                notApplicable,
                notComputable,
                achieved,
                notAchieved,
                Explanation.of(
                        "score.mean-of-objectives",
                        averaged,
                        capped(cap),
                        sum,
                        exact,
                        percent,
                        scale.name(),
                        left,
                        withoutScore));
    }

    private static Explanation capped(AttainmentCap cap) {
        return cap == AttainmentCap.NONE
                ? Explanation.of("score.no-cap")
                : Explanation.of("score.capped", cap.limit().orElseThrow());
    }
}
