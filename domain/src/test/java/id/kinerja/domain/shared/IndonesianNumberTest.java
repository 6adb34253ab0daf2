package id.kinerja.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndonesianNumberTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "87,50|87.50",
                "87.50|87.50",
                "3.5|3.5",
                "3,75|3.75",
                "1.500|1500",
                "1.234.567,89|1234567.89",
                "-3,5|-3.5",
                "86|86",
                " 89,50 |89.50",
                "0,0001|0.0001"
            })
    void readsIndonesianAndMixedFormsKeepingTheWrittenScale(String text, String expected) {
        BigDecimal parsed = IndonesianNumber.parse(text, "value");

        assertThat(parsed).isEqualTo(new BigDecimal(expected));
        assertThat(parsed.scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"87,50abc", "1.5000", "1,234.56", "12.34.567", "1.234.5", "abc", "1..5", "--1"})
    void refusesWhatCouldBeReadTwoWaysOrIsNoNumber(String text) {
        assertThatThrownBy(() -> IndonesianNumber.parse(text, "value"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.code()).isEqualTo("number.unreadable");
                    assertThat(e.field()).contains("value");
                    assertThat(e.getMessage()).contains(IndonesianNumber.ACCEPTED_FORMS);
                });
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"87.50|87,50", "86|86", "1500|1.500", "1234567.89|1.234.567,89", "-0.5|-0,5"})
    void writesTheIndonesianWayKeepingScale(String value, String expected) {
        assertThat(IndonesianNumber.format(new BigDecimal(value))).isEqualTo(expected);
    }
}
