package id.kinerja.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.fixtures.Fixtures;
import id.kinerja.domain.indicator.LowerIsBetterRule;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.satisfaction.Methodology;
import java.math.BigDecimal;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** fixtures/golden/attainment.json read as a test, and properties the rules must keep. */
class AttainmentGoldenTest {
    private static final JsonNode GOLDEN = Fixtures.goldenJson("attainment.json");

    private static Stream<JsonNode> section(String name) {
        return StreamSupport.stream(GOLDEN.get(name).spliterator(), false);
    }

    static Stream<JsonNode> cases() {
        return section("cases");
    }

    static Stream<JsonNode> ranges() {
        return section("range_examples");
    }

    static Stream<JsonNode> categories() {
        return section("seed_category_check");
    }

    private static AttainmentRule rule(JsonNode golden) {
        JsonNode rule = golden.get("rule");
        return new AttainmentRule(
                Polarity.valueOf(golden.get("polarity").asText()),
                rule == null || rule.isNull() ? null : LowerIsBetterRule.valueOf(rule.asText()));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void givesTheGoldenAttainmentStateAndRating(JsonNode golden) {
        Attainment attainment = rule(golden)
                .evaluate(
                        new TargetValue.Numeric(
                                new BigDecimal(golden.get("target").asText())),
                        new BigDecimal(golden.get("realization").asText()));

        if (golden.get("state").asText().equals("COMPUTED")) {
            assertThat(attainment).isInstanceOfSatisfying(Attainment.Computed.class, computed -> {
                assertThat(computed.percent())
                        .isEqualTo(
                                new BigDecimal(golden.get("attainment_percent").asText()));
                assertThat(RatingScale.PERMENDAGRI_86_2017.rate(computed.percent()))
                        .isEqualTo(golden.get("rating_permendagri_86_2017").asText());
                assertThat(computed.explanation().rule()).startsWith("attainment.");
                assertThat(computed.explanation().arguments())
                        .startsWith(
                                new BigDecimal(golden.get("realization").asText()),
                                new BigDecimal(golden.get("target").asText()))
                        .endsWith(computed.exact(), computed.percent());
            });
        } else {
            assertThat(attainment).isInstanceOf(Attainment.NotComputable.class);
        }
    }

    @ParameterizedTest
    @MethodSource("ranges")
    void comparesARangeWithItsNearerBound(JsonNode golden) {
        JsonNode range = golden.get("range");
        Attainment attainment = rule(golden)
                .evaluate(
                        new TargetValue.Range(
                                new BigDecimal(range.get(0).asText()),
                                new BigDecimal(range.get(1).asText())),
                        new BigDecimal(golden.get("realization").asText()));

        assertThat(attainment)
                .isInstanceOfSatisfying(
                        Attainment.Computed.class,
                        computed -> assertThat(computed.percent())
                                .isEqualByComparingTo(
                                        golden.get("attainment_percent").asText()));
    }

    @ParameterizedTest
    @MethodSource("categories")
    void theSeedTargetsAreCheckedAsNumberAndAsCategory(JsonNode golden) {
        BigDecimal target = new BigDecimal(golden.get("target").asText());
        BigDecimal realization = new BigDecimal(golden.get("realization").asText());

        Attainment.Computed attainment = (Attainment.Computed) new AttainmentRule(Polarity.HIGHER_IS_BETTER, null)
                .evaluate(new TargetValue.Numeric(target), realization);
        boolean categoryMet =
                Methodology.PERMENPANRB_14_2017.gradeOf(realization).ordinal()
                        <= id.kinerja.domain.satisfaction.ServiceGrade.ofLabel(
                                        golden.get("target_category").asText())
                                .orElseThrow()
                                .ordinal();

        assertThat(attainment.percent().compareTo(new BigDecimal("100")) >= 0)
                .isEqualTo(golden.get("number_met").asBoolean());
        assertThat(categoryMet).isEqualTo(golden.get("category_met").asBoolean());
    }

    @Property
    void higherIsBetterRisesWithTheRealization(
            @ForAll @BigRange(min = "0.01", max = "1000") BigDecimal target,
            @ForAll @BigRange(min = "0", max = "1000") BigDecimal lower,
            @ForAll @BigRange(min = "0", max = "1000") BigDecimal more) {
        AttainmentRule rule = new AttainmentRule(Polarity.HIGHER_IS_BETTER, null);
        Attainment.Computed first = (Attainment.Computed) rule.evaluate(new TargetValue.Numeric(target), lower);
        Attainment.Computed second =
                (Attainment.Computed) rule.evaluate(new TargetValue.Numeric(target), lower.add(more));

        assertThat(second.exact()).isGreaterThanOrEqualTo(first.exact());
    }

    @Property
    void lowerIsBetterFallsWithTheRealizationUnderEitherRule(
            @ForAll @BigRange(min = "0.01", max = "1000") BigDecimal target,
            @ForAll @BigRange(min = "0.01", max = "1000") BigDecimal lower,
            @ForAll @BigRange(min = "0", max = "1000") BigDecimal more) {
        for (LowerIsBetterRule choice : LowerIsBetterRule.values()) {
            AttainmentRule rule = new AttainmentRule(Polarity.LOWER_IS_BETTER, choice);
            Attainment.Computed first = (Attainment.Computed) rule.evaluate(new TargetValue.Numeric(target), lower);
            Attainment.Computed second =
                    (Attainment.Computed) rule.evaluate(new TargetValue.Numeric(target), lower.add(more));

            assertThat(second.exact()).as(choice.name()).isLessThanOrEqualTo(first.exact());
        }
    }

    @Property
    void aTargetOfZeroIsNeverReportedAsANumber(@ForAll @BigRange(min = "0", max = "1000") BigDecimal realization) {
        for (Polarity polarity : new Polarity[] {Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER}) {
            assertThat(new AttainmentRule(polarity, null)
                            .evaluate(new TargetValue.Numeric(BigDecimal.ZERO), realization))
                    .isInstanceOf(Attainment.NotComputable.class);
        }
    }
}
