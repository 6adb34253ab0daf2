package id.kinerja.domain.indicator;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;

/** Kondisi awal: the value an indicator had before the plan started, and the year it was measured. */
public record Baseline(BigDecimal value, Year year) {
    public Baseline {
        value = TargetValue.requirePrecision(value, "baseline.value");
        InvalidValue.requirePresent(year, "baseline.year");
    }
}
