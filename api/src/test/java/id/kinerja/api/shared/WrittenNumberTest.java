package id.kinerja.api.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JSON number is a number, exactly as written; a JSON string is read by the one Indonesian rule. Runs the
 * application's own JSON mapper (Micronaut Serialization over Jackson), so a change in how that decoder tells
 * numbers from strings fails here.
 */
class WrittenNumberTest {
    private static ApplicationContext context;
    private static JsonMapper json;

    @Serdeable
    record Sample(WrittenNumber value) {}

    @BeforeAll
    static void start() {
        context = ApplicationContext.run();
        json = context.getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "87.50                         | 87.50",
                "1.500                         | 1.500",
                "1e3                           | 1E+3",
                "12345678901234567890.123456   | 12345678901234567890.123456",
                "-3                            | -3",
                "\"87,50\"                     | 87.50",
                "\"1.500\"                     | 1500",
                "\"1.500.000\"                 | 1500000",
                "\"1.234,5\"                   | 1234.5",
                "\"87.50\"                     | 87.50"
            })
    void readsAJsonNumberAsWrittenAndAStringTheIndonesianWay(String sent, String expected) throws IOException {
        Sample sample = json.readValue("{\"value\": " + sent + "}", Sample.class);

        assertThat(sample.value().read("value")).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "+3", ".5", "١٢٣", "1.500,5,3", "1.5000", "87,50abc"})
    void refusesAStringThatIsNotPlainlyOneNumberNamingTheField(String sent) throws IOException {
        Sample sample = json.readValue("{\"value\": \"" + sent + "\"}", Sample.class);

        assertThatThrownBy(() -> sample.value().read("baseline.value"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.code()).isEqualTo("number.unreadable");
                    assertThat(e.field()).contains("baseline.value");
                    assertThat(e.arguments()).contains(IndonesianNumber.ACCEPTED_FORMS);
                });
    }

    @Test
    void keepsWordsAsTheyWereSent() throws IOException {
        Sample sample = json.readValue("{\"value\": \"WTP\"}", Sample.class);

        assertThat(sample.value().written()).isEqualTo("WTP");
        assertThat(sample.value().number()).isNull();
    }

    @Test
    void refusesAValueThatIsNeitherNumberNorString() {
        assertThatThrownBy(() -> json.readValue("{\"value\": true}", Sample.class))
                .isInstanceOf(IOException.class);
    }

    @Test
    void writesANumberBack() throws IOException {
        assertThat(json.writeValueAsString(new Sample(WrittenNumber.of(new BigDecimal("87.50")))))
                .isEqualTo("{\"value\":87.50}");
    }
}
