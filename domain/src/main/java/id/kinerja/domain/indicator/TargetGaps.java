package id.kinerja.domain.indicator;

import id.kinerja.domain.indicator.Indicators.IndicatorLabel;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;

/** Read side: indicators whose plan covers a year for which they have no target yet. */
public interface TargetGaps {
    /**
     * Indicators of draft or enacted decrees whose objective's plan period covers the year and that have no
     * target for it, by unit name then indicator name, a page at a time with the total.
     */
    Page<IndicatorLabel> withoutTarget(Year year, PageRequest page);
}
