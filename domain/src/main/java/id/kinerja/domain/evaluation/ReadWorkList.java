package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Indicators.IndicatorLabel;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Daftar kerja: the current realizations in a review status, the latest change first, each with the name of
 * its indicator and of its unit. Three reads whatever the page: the page, its count, and the names.
 */
public final class ReadWorkList {
    private final Realizations realizations;
    private final Indicators indicators;

    public ReadWorkList(Realizations realizations, Indicators indicators) {
        this.realizations = realizations;
        this.indicators = indicators;
    }

    /** A realization as a list shows it; the names are "—" if the indicator is gone. */
    public record RealizationSummary(Realization realization, String indicatorName, String unitName) {}

    public Page<RealizationSummary> withStatus(ReviewStatus status, PageRequest page) {
        Page<Realization> found = realizations.latestWithStatus(status, page);
        Map<IndicatorId, IndicatorLabel> labels = found.items().isEmpty()
                ? Map.of()
                : indicators
                        .labelsOf(found.items().stream()
                                .map(Realization::indicatorId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(IndicatorLabel::id, Function.identity(), (a, b) -> a));
        return new Page<>(
                found.items().stream()
                        .map(realization -> {
                            IndicatorLabel label = labels.get(realization.indicatorId());
                            return new RealizationSummary(
                                    realization,
                                    label == null ? "—" : label.name(),
                                    label == null ? "—" : label.unitName());
                        })
                        .toList(),
                page,
                found.total());
    }
}
