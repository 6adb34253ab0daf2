package id.kinerja.domain.satisfaction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The IKM of PermenPANRB 14/2017 (and the methodologies before it): NRR per element = sum of answers ÷ the
 * number who answered it; index = Σ NRR × weight; IKM = index × 25. Everything is computed with 34
 * significant digits and rounded once, at the end, to 2 decimals HALF_UP; NRRs are shown to 4 decimals.
 */
public final class SatisfactionIndexCalculation {
    /** Intermediate precision: far beyond any rounding that could reach the second decimal of the IKM. */
    static final MathContext EXACT = MathContext.DECIMAL128;

    private final Methodology methodology;
    private final WeightVariant weight;

    public SatisfactionIndexCalculation(Methodology methodology, WeightVariant weight) {
        if (!weight.fits(methodology.elements().size())) {
            throw new id.kinerja.domain.shared.RuleViolation(
                    "survey.weight-mismatch",
                    "weightVariant",
                    weight + " is not a weight of " + methodology,
                    weight.name(),
                    methodology.name());
        }
        this.methodology = methodology;
        this.weight = weight;
    }

    public Methodology methodology() {
        return methodology;
    }

    public WeightVariant weight() {
        return weight;
    }

    public IndexResult compute(ServiceTally tally) {
        List<IndexResult.ElementResult> elements = new ArrayList<>();
        BigDecimal nrrSum = BigDecimal.ZERO;
        ServiceElement unanswered = null;
        for (ServiceElement element : methodology.elements()) {
            ElementTally answers = tally.of(element.code());
            if (answers.answered() == 0) {
                unanswered = unanswered == null ? element : unanswered;
                elements.add(new IndexResult.ElementResult(element, 0, 0, Optional.empty(), Optional.empty()));
                continue;
            }
            BigDecimal nrr = BigDecimal.valueOf(answers.sum()).divide(BigDecimal.valueOf(answers.answered()), EXACT);
            nrrSum = nrrSum.add(nrr, EXACT);
            elements.add(new IndexResult.ElementResult(
                    element,
                    answers.sum(),
                    answers.answered(),
                    Optional.of(nrr.setScale(4, RoundingMode.HALF_UP)),
                    Optional.of(methodology.gradeOfElement(nrr))));
        }
        if (unanswered != null) {
            return new IndexResult(
                    tally.respondents(),
                    elements,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(unanswered));
        }
        BigDecimal exactIkm = weight.literal().isPresent()
                ? nrrSum.multiply(weight.literal().get(), EXACT).multiply(Methodology.SCALE_FACTOR, EXACT)
                : nrrSum.divide(BigDecimal.valueOf(methodology.elements().size()), EXACT)
                        .multiply(Methodology.SCALE_FACTOR, EXACT);
        return finished(tally.respondents(), elements, exactIkm);
    }

    /** An index from an exact IKM: rounded once, graded on the rounded value. */
    IndexResult finished(long respondents, List<IndexResult.ElementResult> elements, BigDecimal exactIkm) {
        BigDecimal published = exactIkm.setScale(2, RoundingMode.HALF_UP);
        return new IndexResult(
                respondents,
                elements,
                Optional.of(exactIkm),
                Optional.of(published),
                Optional.of(methodology.gradeOf(published)),
                Optional.empty());
    }
}
