package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.Objective;
import java.util.List;

/** A strategic objective's indicators evaluated for a year, and their score. */
public record ObjectiveEvaluation(Objective objective, List<IndicatorEvaluation> indicators, AttainmentScore score) {
    public ObjectiveEvaluation {
        indicators = List.copyOf(indicators);
    }
}
