package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The stored realizations. A period's realizations form a chain: the first one recorded, then each
 * correction of the one before; the current one is the last of the chain.
 */
public interface Realizations {
    Optional<Realization> find(RealizationId id);

    /**
     * Stores a new realization, or a known one's changes if its version is still the stored one; returns it
     * with its new version. Two first realizations of one period stored at once conflict.
     */
    Realization save(Realization realization);

    /** The current realization of the period: the last of its chain. */
    Optional<Realization> current(IndicatorId indicator, Year year, ReportingPeriod period);

    /** Every realization of the period, the first recorded first. */
    List<Realization> chain(IndicatorId indicator, Year year, ReportingPeriod period);

    /** The current realization of every period of these indicators up to the year, in one read. */
    List<Realization> currentOf(Collection<IndicatorId> indicators, Year upTo);

    /**
     * Per period of these indicators up to the year, the last realization of its chain verified before
     * {@code end}, in one read: the figures as they stood verified then (ADR 0031). A verified realization is
     * never changed again, so its status and review time are still those of that moment.
     */
    List<Realization> verifiedAsOf(Collection<IndicatorId> indicators, Year upTo, java.time.Instant end);

    /** Current realizations in a review status, oldest change first: the auditor's queue. */
    Page<Realization> withStatus(ReviewStatus status, PageRequest page);

    /** Current realizations in a review status, the latest change first: what a dashboard shows. */
    Page<Realization> latestWithStatus(ReviewStatus status, PageRequest page);

    default Realization get(RealizationId id) {
        return find(id).orElseThrow(() -> new NotFound("realization", id));
    }
}
