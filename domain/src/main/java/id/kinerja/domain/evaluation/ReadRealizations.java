package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Membaca realisasi: an indicator's current realizations, the review queue a page at a time with the total, a
 * realization with its chain of corrections, and the evidence attached to them.
 */
public final class ReadRealizations {
    private final Realizations realizations;
    private final Indicators indicators;
    private final EvidenceStore evidence;

    public ReadRealizations(Realizations realizations, Indicators indicators, EvidenceStore evidence) {
        this.realizations = realizations;
        this.indicators = indicators;
        this.evidence = evidence;
    }

    /** The indicator's current realization of every year and period; refuses an unknown indicator. */
    public List<Realization> currentOf(IndicatorId indicatorId) {
        IndicatorId known = indicators.get(indicatorId).id();
        return realizations.currentOf(List.of(known), Year.of(Year.LATEST));
    }

    /** Current realizations in a review status, oldest change first: the auditor's queue. */
    public Page<Realization> withStatus(ReviewStatus status, PageRequest page) {
        return realizations.withStatus(status, page);
    }

    public Realization get(RealizationId id) {
        return realizations.get(id);
    }

    /** Every version of the realization's period, the first recorded first. */
    public List<Realization> chainOf(Realization realization) {
        return realizations.chain(realization.indicatorId(), realization.year(), realization.period());
    }

    /** The evidence of these realizations, in one read. */
    public List<Evidence> evidenceOf(Collection<RealizationId> realizationIds) {
        return evidence.of(realizationIds);
    }

    /** An uploaded file of this realization, with its content. */
    public EvidenceFile file(RealizationId realizationId, UUID evidenceId) {
        Evidence found = evidence.find(evidenceId)
                .filter(candidate -> candidate.realizationId().equals(realizationId) && candidate.isFile())
                .orElseThrow(() -> new NotFound("evidence", evidenceId));
        byte[] content = evidence.content(evidenceId).orElseThrow(() -> new NotFound("evidence", evidenceId));
        return new EvidenceFile(found, content);
    }

    /** An evidence file as uploaded. */
    public record EvidenceFile(Evidence evidence, byte[] content) {}
}
