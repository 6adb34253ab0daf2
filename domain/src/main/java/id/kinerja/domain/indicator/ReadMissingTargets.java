package id.kinerja.domain.indicator;

import id.kinerja.domain.indicator.Indicators.IndicatorLabel;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;

/**
 * Target yang belum ditetapkan: what a planner still has to set for a coming year — the indicators of decrees
 * in draft or in force whose plan covers the year without a target for it. Two statements (the page and its
 * count).
 */
public final class ReadMissingTargets {
    private final TargetGaps gaps;

    public ReadMissingTargets(TargetGaps gaps) {
        this.gaps = gaps;
    }

    public Page<IndicatorLabel> of(Year year, PageRequest page) {
        return gaps.withoutTarget(InvalidValue.requirePresent(year, "year"), page);
    }
}
