package id.kinerja.domain.indicator;

import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceGrade;
import id.kinerja.domain.shared.Warning;
import java.util.List;
import java.util.Optional;

/**
 * For a satisfaction-index indicator, the category a target promises ("86 (Baik)") must be the one the grade
 * table gives that number. A contradiction is stored as written, since the decree says so, and reported
 * back so that a planner can correct the draft.
 */
public final class TargetCategoryCheck {
    private TargetCategoryCheck() {}

    public static Optional<Warning> check(IndicatorDefinition definition, Target target) {
        if (definition.kind() != IndicatorKind.SATISFACTION_INDEX
                || target.category().isEmpty()) {
            return Optional.empty();
        }
        String promised = target.category().get();
        Optional<ServiceGrade> promisedGrade = ServiceGrade.ofLabel(promised);
        if (promisedGrade.isEmpty()) {
            return Optional.of(new Warning(
                    "target.category-unknown",
                    "category",
                    "'" + promised + "' is not a satisfaction grade",
                    List.of(target.year().value(), promised)));
        }
        if (!(target.value() instanceof TargetValue.Numeric numeric)) {
            return Optional.empty();
        }
        Methodology methodology = Methodology.inForceIn(target.year());
        ServiceGrade actual = methodology.gradeOf(numeric.amount());
        if (actual == promisedGrade.get()) {
            return Optional.empty();
        }
        return Optional.of(new Warning(
                "target.category-contradicts-grade",
                "category",
                "the " + target.year() + " target " + target.value().display() + " is grade " + actual + " under "
                        + methodology + ", not '" + promised + "'",
                List.of(
                        target.year().value(),
                        target.value().display(),
                        actual.name(),
                        actual,
                        promised,
                        methodology)));
    }

    public static List<Warning> checkAll(IndicatorDefinition definition, List<Target> targets) {
        return targets.stream()
                .flatMap(target -> check(definition, target).stream())
                .toList();
    }
}
