package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.Target;
import java.util.List;
import java.util.Optional;

/**
 * An indicator's evaluation for a year, with the comparisons Bab III of the LKjIP asks for: the previous
 * years of the plan, and the year's realization against the target of the plan's last year.
 */
public record IndicatorEvaluation(
        Indicator indicator, YearFigure year, List<YearFigure> previousYears, Optional<EndOfPlan> endOfPlan) {
    public IndicatorEvaluation {
        previousYears = List.copyOf(previousYears);
    }

    /** The realization to date against the target set for the plan period's last year. */
    public record EndOfPlan(Target target, Attainment attainment) {}
}
