package id.kinerja.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemErrorResponseProcessorTest {

    @Test
    void keepsOnlyTheNamesOfTheFieldsAFrameworkMessageMentions() {
        assertThat(ProblemErrorResponseProcessor.fieldNamedIn(
                        "Failed to convert argument [change] for value [null] due to: Error decoding property"
                                + " [TargetBody target] of type [class id.kinerja.api.indicator.IndicatorResources$"
                                + "TargetChange]: Error decoding property [Integer year] of type [class"
                                + " id.kinerja.api.indicator.IndicatorResources$TargetBody]: Unexpected token"))
                .isEqualTo("target.year");
        assertThat(ProblemErrorResponseProcessor.fieldNamedIn(
                        "Failed to convert argument [mode] for value [BOGUS] due to: No enum constant"
                                + " id.kinerja.domain.survey.ImportSurveyResponses.Mode.BOGUS"))
                .isEqualTo("mode");
        assertThat(ProblemErrorResponseProcessor.fieldNamedIn("Unexpected character ('}' (code 125))"))
                .isNull();
        assertThat(ProblemErrorResponseProcessor.fieldNamedIn(null)).isNull();
    }
}
