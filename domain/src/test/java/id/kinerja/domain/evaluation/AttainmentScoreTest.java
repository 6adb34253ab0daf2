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
}
