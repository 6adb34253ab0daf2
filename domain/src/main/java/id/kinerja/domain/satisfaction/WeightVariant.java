package id.kinerja.domain.satisfaction;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Nilai penimbang: the weight each element's NRR gets. The regulation prints 1/9 as "0,11", which taken
 * literally makes a perfect survey score 99; Kinerja's default is the exact 1/n, and the printed values
 * remain available so that a unit can reproduce a report it already published.
 */
public enum WeightVariant {
    /** Exactly 1 ÷ the number of elements; the default. */
    EXACT(null, 0),
    /** 0,11 as printed in PermenPANRB 14/2017 and 16/2014 (nine elements). */
    LITERAL_0_11(new BigDecimal("0.11"), 9),
    /** 0,111, a common spreadsheet rounding of 1/9. */
    LITERAL_0_111(new BigDecimal("0.111"), 9),
    /** 0,071 as printed in KepMenPAN 25/2004 (fourteen elements). */
    LITERAL_0_071(new BigDecimal("0.071"), 14);

    private final BigDecimal literal;
    private final int elementCount;

    WeightVariant(BigDecimal literal, int elementCount) {
        this.literal = literal;
        this.elementCount = elementCount;
    }

    /** The printed weight, or empty for the exact 1/n. */
    public Optional<BigDecimal> literal() {
        return Optional.ofNullable(literal);
    }

    /** Whether the variant belongs with a methodology of this many elements. */
    public boolean fits(int elements) {
        return literal == null || elementCount == elements;
    }
}
