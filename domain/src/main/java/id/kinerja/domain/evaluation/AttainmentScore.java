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
        BigDecimal total = sum;
        int count = averaged;
        return mean(
                UnitScoreRule.MEAN_OF_INDICATORS,
                sum,
                averaged,
                cap,
                scale,
                new LeftOut(notFilled, notApplicable, notComputable, achieved, notAchieved),
                (exact, percent, left) ->
                        Explanation.of("score.mean", count, capped(cap), total, exact, percent, scale.name(), left));
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
        LeftOut left = new LeftOut(0, 0, 0, 0, 0);
        for (AttainmentScore objective : objectives) {
            if (objective.exact().isPresent()) {
                sum = sum.add(objective.exact().get());
                averaged++;
            } else {
                withoutScore++;
            }
            left = left.plus(objective);
        }
        BigDecimal total = sum;
        int count = averaged;
        int leftOutObjectives = withoutScore;
        return mean(
                UnitScoreRule.MEAN_OF_OBJECTIVES,
                sum,
                averaged,
                cap,
                scale,
                left,
                (exact, percent, indicatorsLeftOut) -> Explanation.of(
                        "score.mean-of-objectives",
                        count,
                        capped(cap),
                        total,
                        exact,
                        percent,
                        scale.name(),
                        indicatorsLeftOut,
                        leftOutObjectives));
    }

    /** What a mean leaves out and counts: indicators not filled, not applicable, not computable, qualitative. */
    private record LeftOut(int notFilled, int notApplicable, int notComputable, int achieved, int notAchieved) {
        LeftOut plus(AttainmentScore score) {
            return new LeftOut(
                    notFilled + score.notFilled(),
                    notApplicable + score.notApplicable(),
                    notComputable + score.notComputable(),
                    achieved + score.qualitativeAchieved(),
                    notAchieved + score.qualitativeNotAchieved());
        }

        Explanation explanation() {
            return Explanation.of("score.left-out", notFilled, notApplicable, notComputable, achieved, notAchieved);
        }
    }

    /** How a mean explains itself, from its unrounded value, its value rounded once, and what it left out. */
    private interface MeanExplanation {
        Explanation of(BigDecimal exact, BigDecimal percent, Explanation leftOut);
    }

    /** The sum's mean, rounded once to 2 decimals HALF_UP and rated; nothing to average gives no number. */
    private static AttainmentScore mean(
            UnitScoreRule rule,
            BigDecimal sum,
            int averaged,
            AttainmentCap cap,
            RatingScale scale,
            LeftOut left,
            MeanExplanation explanation) {
        if (averaged == 0) {
            return new AttainmentScore(
                    Optional.empty(),
                    Optional.empty(),
                    rule,
                    Optional.empty(),
                    cap,
                    0,
                    left.notFilled(),
                    left.notApplicable(),
                    left.notComputable(),
                    left.achieved(),
                    left.notAchieved(),
                    Explanation.of("score.nothing-to-average", left.explanation()));
        }
        BigDecimal exact = sum.divide(BigDecimal.valueOf(averaged), MathContext.DECIMAL128);
        BigDecimal percent = exact.setScale(2, RoundingMode.HALF_UP);
        return new AttainmentScore(
                Optional.of(percent),
                Optional.of(exact),
                rule,
                Optional.of(scale.rate(percent)),
                cap,
                averaged,
                left.notFilled(),
                left.notApplicable(),
                left.notComputable(),
                left.achieved(),
                left.notAchieved(),
                explanation.of(exact, percent, left.explanation()));
    }

    private static Explanation capped(AttainmentCap cap) {
        return cap == AttainmentCap.NONE
                ? Explanation.of("score.no-cap")
                : Explanation.of("score.capped", cap.limit().orElseThrow());
    }
}
