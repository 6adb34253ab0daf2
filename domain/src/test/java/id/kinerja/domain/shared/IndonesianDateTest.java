package id.kinerja.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndonesianDateTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3 Januari 2024|2024-01-03",
                "3 januari 2024|2024-01-03",
                "17 Agt 2024|2024-08-17",
                "17 Ags 2024|2024-08-17",
                "10 Nopember 2023|2023-11-10",
                "1 Pebruari 2024|2024-02-01",
                "2024-01-03|2024-01-03",
                "03/01/2024|2024-01-03",
                "3/1/2024|2024-01-03",
                "17-08-2024|2024-08-17",
                "17.08.2024|2024-08-17",
                "3 January 2024|2024-01-03",
                "17 August 2024|2024-08-17"
            })
    void readsTheSpellingsOfRealDocuments(String text, LocalDate expected) {
        assertThat(IndonesianDate.parse(text, "date")).isEqualTo(expected);
    }

    @Test
    void refusesAnImpossibleDateWithTheFieldNamed() {
        assertThatThrownBy(() -> IndonesianDate.parse("31 Februari 2024", "enactedOn"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.field()).contains("enactedOn"));
    }

    @Test
    void readsDayFirstNeverMonthFirst() {
        // Indonesian Excel writes 1 March as 01/03: a month-first reading would give 3 January
        assertThat(IndonesianDate.parse("01/03/2024", "date")).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThatThrownBy(() -> IndonesianDate.parse("12/31/2024", "date")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> IndonesianDate.parse("03/01-2024", "date")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void writesTheStandardMonthName() {
        assertThat(IndonesianDate.format(LocalDate.of(2024, 1, 3))).isEqualTo("3 Januari 2024");
    }
}
