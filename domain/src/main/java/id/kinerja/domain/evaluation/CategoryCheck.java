package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceGrade;
import id.kinerja.domain.shared.Explanation;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A satisfaction-index target that promises a category ("86 (Baik)") is evaluated twice: the number, and
 * whether the realization's grade reaches the promised one. An IKM of 88,66 misses 89,50 yet reaches
 * "Sangat Baik".
 */
public record CategoryCheck(
        ServiceGrade promised, ServiceGrade reached, boolean met, Methodology methodology, BigDecimal index) {

    /** The index, its grade under the methodology of the year, and the promised grade: met or not. */
    public Explanation explanation() {
        return Explanation.of(met ? "category.met" : "category.not-met", index, reached, methodology, promised);
    }

    static Optional<CategoryCheck> of(
            IndicatorDefinition definition, Year year, Optional<Target> target, YearlyValue value) {
        if (definition.kind() != IndicatorKind.SATISFACTION_INDEX
                || target.isEmpty()
                || target.get().category().isEmpty()
                || !(value instanceof YearlyValue.Known known)
                || known.amount() == null) {
            return Optional.empty();
        }
        Optional<ServiceGrade> promised =
                ServiceGrade.ofLabel(target.get().category().get());
        if (promised.isEmpty()) {
            return Optional.empty();
        }
        Methodology methodology = Methodology.inForceIn(year);
        BigDecimal index = known.amount();
        ServiceGrade reached = methodology.gradeOf(index);
        boolean met = reached.compareTo(promised.get()) <= 0;
        return Optional.of(new CategoryCheck(promised.get(), reached, met, methodology, index));
    }
}
