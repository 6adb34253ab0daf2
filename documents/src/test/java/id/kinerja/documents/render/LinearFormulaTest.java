package id.kinerja.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinearFormulaTest {
    @Test
    void theSeedDecreesFormulaReadsAsOneLineOfWords() {
        // as the seed decree's annex writes it (DecreeDocumentIT follows it from the fixture into the files)
        String seed = "$\\frac{\\text{Total Nilai Persepsi Per Unsor}}{\\text{Total Unsor Yang Terisi}}"
                + " \\times \\text{Nilai Penimbang}$";

        assertThat(LinearFormula.of(seed))
                .isEqualTo("(Total Nilai Persepsi Per Unsor) / (Total Unsor Yang Terisi) × Nilai Penimbang");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            \\frac{R}{T} \\times 100\\%                         | R / T × 100%
            \\(\\dfrac{\\text{Realisasi}}{\\text{Target}}\\)    | Realisasi / Target
            $$x^2 + y^{10} - z^{n+1}$$                           | x² + y¹⁰ - z^(n+1)
            \\sqrt{\\frac{a}{b}} \\le 1                           | √(a / b) ≤ 1
            \\sum_{i=1}^{n} w_i                                  | Σ_(i=1)^n w_i
            \\left( A \\cdot B \\right) \\div C                   | ( A · B ) ÷ C
            """)
    void writesCommonLatexAsAPersonTypesIt(String written, String line) {
        assertThat(LinearFormula.of(written)).isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Layanan tepat waktu / seluruh layanan x 100%
            \\frac{a}{b
            \\frac{a}{b}}
            \\unknowncommand{a}
            \\
            """)
    void leavesWordsAndLatexItCannotReadAsWritten(String written) {
        assertThat(LinearFormula.of(written)).isEqualTo(written);
    }

    @Test
    void dropsOnlyTheDelimitersOfAFormulaWithoutLatex() {
        assertThat(LinearFormula.of("$A / B$")).isEqualTo("A / B");
        assertThat(LinearFormula.of(null)).isNull();
    }
}
