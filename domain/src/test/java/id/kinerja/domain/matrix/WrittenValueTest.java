package id.kinerja.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.shared.InvalidValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WrittenValueTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "85%      | 85      | %",
                "2 hari   | 2       | hari",
                "60 kali  | 60      | kali",
                "1.500bh  | 1500    | bh",
                "3.5      | 3.5     | ",
                "3,75     | 3.75    | ",
                "87,50    | 87.50   | ",
                "1.234,5 dokumen | 1234.5 | dokumen"
            })
    void readsTheNumberAndSplitsItsUnit(String written, String amount, String unit) {
        WrittenValue value = WrittenValue.read(written, false, "target");

        assertThat(value.value()).isEqualTo(new TargetValue.Numeric(new BigDecimal(amount)));
        assertThat(value.unit()).isEqualTo(unit);
        assertThat(value.notes().contains(WrittenValue.UNIT_SPLIT)).isEqualTo(unit != null);
    }

    @Test
    void notesEachDotItHadToReadOneWay() {
        assertThat(WrittenValue.read("1.500bh", false, "t").notes())
                .containsExactly(WrittenValue.DOT_AS_THOUSANDS, WrittenValue.UNIT_SPLIT);
        assertThat(WrittenValue.read("3.5", false, "t").notes()).containsExactly(WrittenValue.DOT_AS_DECIMAL);
        assertThat(WrittenValue.read("3,75", false, "t").notes()).isEmpty();
        assertThat(WrittenValue.read("1.500", true, "t").notes())
                .as("a workbook's number cell is a number: no doubt")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/A", "n/a", "NA", "N.A.", "tidak berlaku"})
    void keepsNotApplicableApartFromZero(String written) {
        WrittenValue value = WrittenValue.read(written, false, "target");

        assertThat(value.notApplicable()).isTrue();
        assertThat(value.value()).isNull();
        assertThat(value.isPresent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "—"})
    void readsNothingWrittenAsNoValue(String written) {
        WrittenValue value = WrittenValue.read(written, false, "target");

        assertThat(value.isPresent()).isFalse();
    }

    @Test
    void readsRangesCategoriesAndWords() {
        assertThat(WrittenValue.read("80 – 90", false, "t").value())
                .isEqualTo(new TargetValue.Range(new BigDecimal("80"), new BigDecimal("90")));
        assertThat(WrittenValue.read("80 s.d. 90", false, "t").value())
                .isEqualTo(new TargetValue.Range(new BigDecimal("80"), new BigDecimal("90")));
        WrittenValue category = WrittenValue.read("86 (Baik)", false, "t");
        assertThat(category.value()).isEqualTo(new TargetValue.Numeric(new BigDecimal("86")));
        assertThat(category.category()).isEqualTo("Baik");
        assertThat(WrittenValue.read("WTP", false, "t").value()).isEqualTo(new TargetValue.Qualitative("WTP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234.56", "1.5000", "12.34.567", "1e3"})
    void refusesANumberThatCouldBeReadTwoWays(String written) {
        assertThatThrownBy(() -> WrittenValue.read(written, false, "target"))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("code", "number.unreadable");
    }
}
