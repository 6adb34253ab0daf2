package id.kinerja.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the average over indicators: states are counted, never averaged as numbers. */
class AttainmentScoreTest {

    private static final id.kinerja.domain.shared.Explanation X = id.kinerja.domain.shared.Explanation.of("x");

    @Provide
    Arbitrary<List<Attainment>> attainments() {
        Arbitrary<Attainment> computed = Arbitraries.bigDecimals()
                .between(new BigDecimal("-50"), new BigDecimal("250"))
                .ofScale(4)
                .map(value -> new Attainment.Computed(value.setScale(2, java.math.RoundingMode.HALF_UP), value, X));
        Arbitrary<Attainment> states = Arbitraries.of(
                new Attainment.NotFilled(X),
                new Attainment.NotApplicable(X),
                new Attainment.NotComputable("attainment.target-zero", List.of(), X),
                new Attainment.Qualitative(true, X),
                new Attainment.Qualitative(false, X));
        return Arbitraries.oneOf(computed, states).list().ofMaxSize(12);
    }

    @Property
    void onlyComputedAttainmentsAreAveragedAndEveryOtherStateIsCounted(
            @ForAll("attainments") List<Attainment> attainments, @ForAll AttainmentCap cap) {
        AttainmentScore score = AttainmentScore.of(attainments, cap, RatingScale.PERMENDAGRI_86_2017);
        long computed = attainments.stream()
                .filter(a -> a instanceof Attainment.Computed)
                .count();

        assertThat(score.averaged()).isEqualTo(computed);
        assertThat(score.percent().isPresent()).isEqualTo(computed > 0);
        assertThat(score.rating().isPresent()).isEqualTo(computed > 0);
        assertThat(score.averaged()
                        + score.notFilled()
                        + score.notApplicable()
                        + score.notComputable()
                        + score.qualitativeAchieved()
                        + score.qualitativeNotAchieved())
                .isEqualTo(attainments.size());
    }

    @Property
    void aCapNeverRaisesTheScore(@ForAll("attainments") List<Attainment> attainments, @ForAll AttainmentCap cap) {
        AttainmentScore uncapped = AttainmentScore.of(attainments, AttainmentCap.NONE, RatingScale.PERMENDAGRI_86_2017);
        AttainmentScore capped = AttainmentScore.of(attainments, cap, RatingScale.PERMENDAGRI_86_2017);

        uncapped.percent()
                .ifPresent(value -> assertThat(capped.percent().orElseThrow()).isLessThanOrEqualTo(value));
        cap.limit()
                .ifPresent(limit ->
                        capped.percent().ifPresent(value -> assertThat(value).isLessThanOrEqualTo(limit)));
    }

    private static Attainment computed(String exact) {
        BigDecimal value = new BigDecimal(exact);
        return new Attainment.Computed(value.setScale(2, java.math.RoundingMode.HALF_UP), value, X);
    }

    @org.junit.jupiter.api.Test
    void theMeanOfObjectivesWeighsEachObjectiveTheSameAndRoundsOnce() {
        RatingScale scale = RatingScale.PERMENDAGRI_86_2017;
        // one objective with three indicators (mean 100), one with a single indicator at 50.005 and one
        // with nothing computed
        AttainmentScore three = AttainmentScore.of(
                List.of(computed("90"), computed("100"), computed("110")), AttainmentCap.NONE, scale);
        AttainmentScore one = AttainmentScore.of(List.of(computed("50.005")), AttainmentCap.NONE, scale);
        AttainmentScore none = AttainmentScore.of(List.of(new Attainment.NotFilled(X)), AttainmentCap.NONE, scale);

        AttainmentScore ofObjectives =
                AttainmentScore.ofObjectives(List.of(three, one, none), AttainmentCap.NONE, scale);
        AttainmentScore ofIndicators = AttainmentScore.of(
                List.of(
                        computed("90"),
                        computed("100"),
                        computed("110"),
                        computed("50.005"),
                        new Attainment.NotFilled(X)),
                AttainmentCap.NONE,
                scale);

        // (100 + 50.005) ÷ 2 = 75.0025 → 75.00, from the unrounded 50.005 (rounding it first would give 75.01)
        assertThat(ofObjectives.percent()).contains(new BigDecimal("75.00"));
        assertThat(ofObjectives.averaged()).isEqualTo(2);
        assertThat(ofObjectives.notFilled()).isEqualTo(1);
        assertThat(ofObjectives.rule()).isEqualTo(id.kinerja.domain.organization.UnitScoreRule.MEAN_OF_OBJECTIVES);
        assertThat(ofObjectives.explanation().rule()).isEqualTo("score.mean-of-objectives");
        assertThat(ofObjectives.explanation().arguments()).endsWith(1);
        // (90 + 100 + 110 + 50.005) ÷ 4 = 87.50125
        assertThat(ofIndicators.percent()).contains(new BigDecimal("87.50"));
        assertThat(ofIndicators.rule()).isEqualTo(id.kinerja.domain.organization.UnitScoreRule.MEAN_OF_INDICATORS);
        assertThat(ofIndicators.explanation().rule()).isEqualTo("score.mean");
    }

    @Property
    void theMeanOfObjectivesCountsEveryIndicatorState(
            @ForAll("attainments") List<Attainment> first,
            @ForAll("attainments") List<Attainment> second,
            @ForAll AttainmentCap cap) {
        RatingScale scale = RatingScale.PERMENDAGRI_86_2017;
        AttainmentScore a = AttainmentScore.of(first, cap, scale);
        AttainmentScore b = AttainmentScore.of(second, cap, scale);

        AttainmentScore combined = AttainmentScore.ofObjectives(List.of(a, b), cap, scale);

        assertThat(combined.notFilled()).isEqualTo(a.notFilled() + b.notFilled());
        assertThat(combined.notComputable()).isEqualTo(a.notComputable() + b.notComputable());
        assertThat(combined.qualitativeAchieved()).isEqualTo(a.qualitativeAchieved() + b.qualitativeAchieved());
        assertThat(combined.percent().isPresent())
                .isEqualTo(a.percent().isPresent() || b.percent().isPresent());
    }
}
