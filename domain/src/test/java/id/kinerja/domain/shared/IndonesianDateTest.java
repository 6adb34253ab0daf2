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
                "2024-01-03|2024-01-03"
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
    void writesTheStandardMonthName() {
        assertThat(IndonesianDate.format(LocalDate.of(2024, 1, 3))).isEqualTo("3 Januari 2024");
    }
}
