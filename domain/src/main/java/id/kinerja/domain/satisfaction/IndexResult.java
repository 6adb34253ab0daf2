package id.kinerja.domain.satisfaction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A satisfaction index with everything that explains it: per element the sum, the number of answers, the
 * NRR and its grade; the index exact and as published (2 dp, rounded once); or why it cannot be computed.
 *
 * @param exactIndex the IKM before rounding, kept so that combined indexes round only once
 * @param notComputableElement the first element nobody answered, when there is one
 */
public record IndexResult(
        long respondents,
        List<ElementResult> elements,
        Optional<BigDecimal> exactIndex,
        Optional<BigDecimal> index,
        Optional<ServiceGrade> grade,
        Optional<ServiceElement> notComputableElement) {

    public IndexResult {
        elements = List.copyOf(elements);
    }

    public boolean computable() {
        return index.isPresent();
    }

    /**
     * One element's line.
     *
     * @param nrr the NRR rounded to 4 dp for display; empty when nobody answered
     */
    public record ElementResult(
            ServiceElement element, long sum, long answered, Optional<BigDecimal> nrr, Optional<ServiceGrade> grade) {}
}
