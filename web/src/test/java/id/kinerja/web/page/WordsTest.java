package id.kinerja.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers on an English page are written the English way; codes and years that look like numbers are not. */
class WordsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "75,14|75.14",
                "1.500|1,500",
                "1.234.567,89|1,234,567.89",
                "-3,5|-3.5",
                "86 (Baik)|86 (Baik)",
                "25 – 100|25 – 100",
                "Capaian 87,37 %|Capaian 87.37 %",
                "2024|2024",
                "017.1/RO-UM/2024|017.1/RO-UM/2024",
                "3 Januari 2024|3 Januari 2024",
                "Tahunan: 88,5 (Konsep)|Tahunan: 88.5 (Konsep)"
            })
    void writesIndonesianNumbersTheEnglishWay(String indonesian, String english) {
        assertThat(Words.inEnglish(indonesian)).isEqualTo(english);
    }
}
