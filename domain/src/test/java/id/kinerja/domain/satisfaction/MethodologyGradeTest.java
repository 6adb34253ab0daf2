package id.kinerja.domain.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.fixtures.Fixtures;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MethodologyGradeTest {

    static Stream<JsonNode> gradeBoundaries() {
        return StreamSupport.stream(
                Fixtures.goldenJson("ikm-grade-boundaries.json").get("cases").spliterator(), false);
    }

    @ParameterizedTest
    @MethodSource("gradeBoundaries")
    void gradesTheGoldenBoundariesAfterRoundingToTwoDecimals(JsonNode golden) {
        BigDecimal index = new BigDecimal(golden.get("ikm").asText());

        assertThat(Methodology.PERMENPANRB_14_2017.gradeOf(index).name())
                .isEqualTo(golden.get("PERMENPANRB_14_2017").asText());
        assertThat(Methodology.KEPMENPAN_25_2004.gradeOf(index).name())
                .isEqualTo(golden.get("KEPMENPAN_25_2004").asText());
    }

    /** 16/2014 changed the elements, not the intervals: it grades every golden case as 25/2004 does. */
    @ParameterizedTest
    @MethodSource("gradeBoundaries")
    void gradesPermenpanrb16Of2014WithTheIntervalsOf2004(JsonNode golden) {
        BigDecimal index = new BigDecimal(golden.get("ikm").asText());

        assertThat(Methodology.PERMENPANRB_16_2014.gradeOf(index).name())
                .isEqualTo(golden.get("KEPMENPAN_25_2004").asText());
    }

    @Test
    void aSurveyOf2016Scoring7649IsBaikUnderItsOwnMethodologyNotTheLaterTable() {
        Methodology of2016 = Methodology.inForceIn(Year.of(2016));

        assertThat(of2016.gradeOf(new BigDecimal("76.49"))).isEqualTo(ServiceGrade.B);
        assertThat(Methodology.PERMENPANRB_14_2017.gradeOf(new BigDecimal("76.49")))
                .isEqualTo(ServiceGrade.C);
    }

    @Test
    void theMethodologyInForceFollowsTheYear() {
        assertThat(Methodology.inForceIn(Year.of(2016))).isEqualTo(Methodology.PERMENPANRB_16_2014);
        assertThat(Methodology.inForceIn(Year.of(2024))).isEqualTo(Methodology.PERMENPANRB_14_2017);
        assertThat(Methodology.inForceIn(Year.of(2010))).isEqualTo(Methodology.KEPMENPAN_25_2004);
    }

    @Test
    void readsGradeLabelsAsWritten() {
        assertThat(ServiceGrade.ofLabel(" sangat  baik ")).contains(ServiceGrade.A);
        assertThat(ServiceGrade.ofLabel("Cukup")).isEmpty();
    }
}
