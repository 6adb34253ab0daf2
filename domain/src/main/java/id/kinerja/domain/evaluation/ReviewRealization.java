package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.UnitAssignments;
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
    private final ResponsibleEvaluator evaluators;
    private final Transactions transactions;
    private final Clock clock;

    public ReviewRealization(
            Realizations realizations,
            Indicators indicators,
            Objectives objectives,
            YearClosures closures,
            UnitAssignments assignments,
            OrganizationUnits units,
            Transactions transactions,
            Clock clock) {
        this.realizations = realizations;
        this.indicators = indicators;
        this.objectives = objectives;
        this.closures = closures;
        this.evaluators = new ResponsibleEvaluator(assignments, units);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Only an evaluator of the responsible unit submits. */
    public Realization submit(RealizationId id, long expectedVersion, String by) {
        return review(id, by, true, realization -> realization.submit(expectedVersion, by, clock.instant()));
    }

    public Realization verify(RealizationId id, long expectedVersion, String by) {
        return review(id, by, false, realization -> realization.verify(expectedVersion, by, clock.instant()));
    }

    public Realization returnForCorrection(RealizationId id, long expectedVersion, String by, String reason) {
        return review(
                id,
                by,
                false,
                realization -> realization.returnForCorrection(expectedVersion, by, clock.instant(), reason));
    }

    /**
     * Whether the person may verify or return the realization now: it waits for review, they neither entered,
     * revised nor submitted it (four eyes), and its year is open. Pages offer the review forms only then.
     */
    public boolean mayReview(String username, Realization realization) {
        if (!realization.reviewableBy(username)) {
            return false;
        }
        Indicator indicator = indicators.get(realization.indicatorId());
        Objective objective = objectives.get(indicator.objectiveId());
        return !closures.of(objective.unitId(), realization.year()).closed();
    }

    private Realization review(
            RealizationId id, String by, boolean byEvaluator, java.util.function.Consumer<Realization> step) {
        return transactions.inTransaction(() -> {
            Realization realization = realizations.get(id);
            Indicator indicator = indicators.get(realization.indicatorId());
            Objective objective = objectives.get(indicator.objectiveId());
            if (byEvaluator) {
                evaluators.require(by, indicator, objective);
            }
            CloseYear.requireOpen(closures, objective.unitId(), realization.year());
            step.accept(realization);
            return realizations.save(realization);
        });
    }
}
