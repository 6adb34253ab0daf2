package id.kinerja.domain.indicator;

import id.kinerja.domain.shared.Warning;
import java.util.List;

/** An indicator as stored after a change, with what the planner should look at again. */
public record IndicatorChange(Indicator indicator, List<Warning> warnings) {
    public IndicatorChange {
        warnings = List.copyOf(warnings);
    }

    static IndicatorChange of(Indicator indicator) {
        return new IndicatorChange(
                indicator, TargetCategoryCheck.checkAll(indicator.definition(), indicator.targets()));
    }
}
