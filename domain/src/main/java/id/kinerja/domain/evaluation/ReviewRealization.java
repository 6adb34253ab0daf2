package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.shared.Transactions;
import java.time.Clock;

/**
 * The review of a realization: the evaluator submits it, an auditor other than the submitter verifies it
 * or returns it with a reason. Nothing changes in a closed year.
 */
public final class ReviewRealization {
    private final Realizations realizations;
    private final Indicators indicators;
    private final Objectives objectives;
    private final YearClosures closures;
    private final Transactions transactions;
    private final Clock clock;

    public ReviewRealization(
            Realizations realizations,
            Indicators indicators,
            Objectives objectives,
            YearClosures closures,
            Transactions transactions,
            Clock clock) {
        this.realizations = realizations;
        this.indicators = indicators;
        this.objectives = objectives;
        this.closures = closures;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Realization submit(RealizationId id, long expectedVersion, String by) {
        return review(id, realization -> realization.submit(expectedVersion, by, clock.instant()));
    }

    public Realization verify(RealizationId id, long expectedVersion, String by) {
        return review(id, realization -> realization.verify(expectedVersion, by, clock.instant()));
    }

    public Realization returnForCorrection(RealizationId id, long expectedVersion, String by, String reason) {
        return review(id, realization -> realization.returnForCorrection(expectedVersion, by, clock.instant(), reason));
    }

    private Realization review(RealizationId id, java.util.function.Consumer<Realization> step) {
        return transactions.inTransaction(() -> {
            Realization realization = realizations.get(id);
            var unit = objectives
                    .get(indicators.get(realization.indicatorId()).objectiveId())
                    .unitId();
            CloseYear.requireOpen(closures, unit, realization.year());
            step.accept(realization);
            return realizations.save(realization);
        });
    }
}
