package id.kinerja.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Scale;
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
                "1.50|1.50",
                "3,75|3.75",
                "1.500|1500",
                "1.500,5|1500.5",
                "1.234.567,89|1234567.89",
                "1234567,89|1234567.89",
                "-3,5|-3.5",
                "-1.500|-1500",
                "86|86",
                "0|0",
                " 89,50 |89.50",
                "0,0001|0.0001"
            })
    void readsIndonesianAndMixedFormsKeepingTheWrittenScale(String text, String expected) {
        BigDecimal parsed = IndonesianNumber.parse(text, "value");

        assertThat(parsed).isEqualTo(new BigDecimal(expected));
        assertThat(parsed.scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "87,50abc",
                "1.5000",
                "1,234.56",
                "12.34.567",
                "1.234.5",
                "1234.567",
                "abc",
                "1..5",
                "--1",
                "1e3",
                "1E3",
                "1.5e2",
                "+3",
                ".5",
                ",5",
                "5.",
                "5,",
                "1.500,5,3",
                "1,5,3",
                "١٢٣",
                "1٢3",
                "１２３",
                "1 500",
                "87,5%",
                "0x10",
                "NaN",
                "Infinity",
                "- 3"
            })
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
            value = {"87,5%|87.5", "87,5 %|87.5", "100%|100", "1.500%|1500"})
    void readsAPercentSignOnlyWhereTheValueIsAPercentage(String text, String expected) {
        assertThat(IndonesianNumber.parse(text, "value", true)).isEqualTo(new BigDecimal(expected));
        assertThatThrownBy(() -> IndonesianNumber.parse(text, "value", false)).isInstanceOf(InvalidValue.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "87%%", "%87", "+5%", "1e2%"})
    void refusesMalformedPercentages(String text) {
        assertThatThrownBy(() -> IndonesianNumber.parse(text, "value", true))
                .isInstanceOfSatisfying(
                        InvalidValue.class,
                        e -> assertThat(e.getMessage()).contains(IndonesianNumber.ACCEPTED_PERCENT_FORMS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void asksForAValueWhenNothingWasWritten(String text) {
        assertThatThrownBy(() -> IndonesianNumber.parse(text, "value"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("value.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "persen", " Persen ", "persentase"})
    void knowsPercentUnits(String unit) {
        assertThat(IndonesianNumber.isPercentUnit(unit)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"87.50|87,50", "86|86", "1500|1.500", "1234567.89|1.234.567,89", "-0.5|-0,5"})
    void writesTheIndonesianWayKeepingScale(String value, String expected) {
        assertThat(IndonesianNumber.format(new BigDecimal(value))).isEqualTo(expected);
    }

    @Property
    void readsBackExactlyWhatItWrites(
            @ForAll @BigRange(min = "-1000000000000", max = "1000000000000") @Scale(6) BigDecimal value) {
        assertThat(IndonesianNumber.parse(IndonesianNumber.format(value), "value"))
                .isEqualTo(value.scale() < 0 ? value.setScale(0) : value);
    }

    @Property
    void refusesAnyNumberContainingADigitOfAnotherScript(
            @ForAll @BigRange(min = "0", max = "1000000") BigDecimal value,
            @ForAll @CharRange(from = '\u0660', to = '\u0669') char arabicIndic) {
        String written = IndonesianNumber.format(value) + arabicIndic;
        assertThatThrownBy(() -> IndonesianNumber.parse(written, "value")).isInstanceOf(InvalidValue.class);
    }
}
