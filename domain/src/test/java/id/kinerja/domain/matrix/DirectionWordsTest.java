package id.kinerja.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.indicator.Polarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionWordsTest {

    @ParameterizedTest
    @CsvSource({
        "meningkat, HIGHER_IS_BETTER",
        "Semakin tinggi semakin baik, HIGHER_IS_BETTER",
        "↑, HIGHER_IS_BETTER",
        "menurun, LOWER_IS_BETTER",
        "semakin rendah semakin baik, LOWER_IS_BETTER",
        "stabil, STABILIZE"
    })
    void readsADirectionStatedInWords(String words, Polarity polarity) {
        assertThat(DirectionWords.stated(words)).contains(polarity);
    }

    @Test
    void proposesLowerIsBetterFromTheNameOnly() {
        assertThat(DirectionWords.lowerImpliedBy("Waktu rata-rata penyelesaian surat"))
                .contains("waktu rata-rata");
        assertThat(DirectionWords.lowerImpliedBy("Jumlah keluhan masyarakat")).contains("keluhan");
        assertThat(DirectionWords.lowerImpliedBy("Persentase layanan tepat waktu"))
                .isEmpty();
        assertThat(DirectionWords.stated("entah")).isEmpty();
    }
}
