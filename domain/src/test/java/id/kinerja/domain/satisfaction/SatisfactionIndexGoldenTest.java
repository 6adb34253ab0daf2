package id.kinerja.domain.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.fixtures.Fixtures;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden cases of fixtures/golden, read from their files, through the domain's calculation. */
class SatisfactionIndexGoldenTest {
    private static final JsonNode FOUR = Fixtures.goldenJson("ikm-four-respondents.json");

    private static ServiceTally fourRespondents() {
        Map<String, ElementTally> byElement = new HashMap<>();
        JsonNode codes = FOUR.get("elements");
        for (int e = 0; e < codes.size(); e++) {
            long sum = 0;
            long answered = 0;
            for (JsonNode respondent : FOUR.get("responses")) {
                if (!respondent.get(e).isNull()) {
                    sum += respondent.get(e).asLong();
                    answered++;
                }
            }
            byElement.put(codes.get(e).asText(), new ElementTally(sum, answered));
        }
        return new ServiceTally("golden", FOUR.get("responses").size(), byElement);
    }

    @Test
    void fourRespondentsGiveTheGoldenNrrPerElementWithTheBlankOnlyLoweringItsOwnDenominator() {
        IndexResult result = new SatisfactionIndexCalculation(Methodology.PERMENPANRB_14_2017, WeightVariant.EXACT)
                .compute(fourRespondents());

        JsonNode expected = FOUR.get("expected").get("nrr");
        for (int e = 0; e < expected.size(); e++) {
            assertThat(result.elements().get(e).nrr())
                    .contains(new BigDecimal(expected.get(e).asText()));
        }
        assertThat(result.elements().get(8).answered()).isEqualTo(3);
    }

    static Stream<Map.Entry<String, JsonNode>> weights() {
        return FOUR.get("expected").get("by_weight").properties().stream();
    }

    @ParameterizedTest(name = "weight {0}")
    @MethodSource("weights")
    void fourRespondentsGiveTheGoldenIndexForEveryWeight(Map.Entry<String, JsonNode> golden) {
        WeightVariant weight = switch (golden.getKey()) {
            case "exact" -> WeightVariant.EXACT;
            case "0.11" -> WeightVariant.LITERAL_0_11;
            case "0.111" -> WeightVariant.LITERAL_0_111;
            default -> throw new IllegalArgumentException(golden.getKey());
        };

        IndexResult result =
                new SatisfactionIndexCalculation(Methodology.PERMENPANRB_14_2017, weight).compute(fourRespondents());

        assertThat(result.index())
                .contains(new BigDecimal(golden.getValue().get("ikm").asText()));
        assertThat(result.grade().map(Enum::name))
                .contains(golden.getValue().get("grade").asText());
        assertThat(ServiceGrade.ofLabel(golden.getValue().get("label").asText()))
                .isEqualTo(result.grade());
    }

    @Test
    void theIndexIsNotTheMeanOfAllAnswers() {
        IndexResult result = new SatisfactionIndexCalculation(Methodology.PERMENPANRB_14_2017, WeightVariant.EXACT)
                .compute(fourRespondents());

        assertThat(result.index())
                .get()
                .isNotEqualTo(new BigDecimal(FOUR.get("expected")
                        .get("wrong_method_pooled_mean_of_all_answers")
                        .asText()));
    }

    static Stream<JsonNode> sampleSizes() {
        return StreamSupport.stream(
                Fixtures.goldenJson("sample-size.json").get("cases").spliterator(), false);
    }

    @ParameterizedTest(name = "population {0}")
    @MethodSource("sampleSizes")
    void theMinimumSampleFollowsKrejcieMorgan(JsonNode golden) {
        assertThat(SampleSize.minimumFor(golden.get("population").asLong()))
                .isEqualTo(golden.get("minimum_respondents").asLong());
    }
}
