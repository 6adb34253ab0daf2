package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.List;

/** Membaca indikator dan sasaran: indicators a page at a time with the total, one indicator, objectives. */
public final class ReadIndicators {
    private final Indicators indicators;
    private final Objectives objectives;

    public ReadIndicators(Indicators indicators, Objectives objectives) {
        this.indicators = indicators;
        this.objectives = objectives;
    }

    /** Grouped by decree and objective, as the annexes read. */
    public Page<Indicator> list(PageRequest page) {
        return indicators.list(page);
    }

    public Indicator get(IndicatorId id) {
        return indicators.get(id);
    }

    /** A decree's objectives in annex order. */
    public List<Objective> objectivesOf(DecreeId decreeId) {
        return objectives.ofDecree(decreeId);
    }

    public Objective objective(ObjectiveId id) {
        return objectives.get(id);
    }
}
