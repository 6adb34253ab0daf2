package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.shared.Year;
import java.util.List;
import java.util.Optional;

/**
 * One indicator's year: its target, the realizations of its periods, the year's value, the attainment, the
 * rating and the category check, each explainable.
 */
public record YearFigure(
        Year year,
        Optional<Target> target,
        List<Realization> periods,
        YearlyValue value,
        Attainment attainment,
        Optional<String> rating,
        Optional<CategoryCheck> categoryCheck) {
    public YearFigure {
        periods = List.copyOf(periods);
    }
}
