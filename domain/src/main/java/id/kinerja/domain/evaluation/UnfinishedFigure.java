package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What keeps a unit's year from being final, read from its evaluation before the year is closed, so that the
 * person closing it sees what would be frozen unfinished and confirms knowingly: a realization not yet verified
 * (a draft, one submitted and waiting, one returned), or an indicator of the decree in force with no value for
 * the year.
 *
 * @param realization the realization not yet verified; absent when the indicator has no value for the year
 */
public record UnfinishedFigure(Indicator indicator, Optional<Realization> realization) {

    /** Each realization of the year not verified, then each indicator without any value, in the decree's order. */
    public static List<UnfinishedFigure> of(UnitEvaluation evaluation) {
        List<UnfinishedFigure> unfinished = new ArrayList<>();
        for (ObjectiveEvaluation objective : evaluation.objectives()) {
            for (IndicatorEvaluation indicator : objective.indicators()) {
                List<Realization> open = indicator.year().periods().stream()
                        .filter(realization -> realization.status() != ReviewStatus.VERIFIED)
                        .toList();
                open.forEach(realization ->
                        unfinished.add(new UnfinishedFigure(indicator.indicator(), Optional.of(realization))));
                if (open.isEmpty() && !(indicator.year().value() instanceof YearlyValue.Known)) {
                    unfinished.add(new UnfinishedFigure(indicator.indicator(), Optional.empty()));
                }
            }
        }
        return List.copyOf(unfinished);
    }
}
