package id.kinerja.domain.realizationimport;

import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Target;
import java.util.Optional;

/**
 * One indicator the unit realizes in the period: its objective, the target it is measured against that year, and
 * the period's current realization if one is recorded already.
 */
public record TemplateLine(Objective objective, Indicator indicator, Optional<Target> target, Realization current) {
    public Optional<Realization> currentRealization() {
        return Optional.ofNullable(current);
    }
}
