package id.kinerja.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A realization's value is read exactly as written, whether a JSON number or a string. */
class RealizationRequestTest {
    private final JsonMapper json = JsonMapper.createDefault();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "87.50                         | 87.50",
                "1.500                         | 1.500",
                "12345678901234567890.123456   | 12345678901234567890.123456",
                "3                             | 3",
                "\"87,50\"                     | 87.50",
                "\"1.500.000\"                 | 1500000",
                "\"1.234,5\"                   | 1234.5"
            })
    void keepsTheNumberExactlyAsWritten(String written, String expected) throws IOException {
        EvaluationResources.RealizationRequest request =
                json.readValue("{\"value\": " + written + "}", EvaluationResources.RealizationRequest.class);

        assertThat(request.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(request.text()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"WTP", "Baik", "1e3"})
    void takesWhatIsNotANumberAsWords(String written) throws IOException {
        EvaluationResources.RealizationRequest request =
                json.readValue("{\"value\": \"" + written + "\"}", EvaluationResources.RealizationRequest.class);

        assertThat(request.amount()).isNull();
        assertThat(request.text()).isEqualTo(written);
    }
}
