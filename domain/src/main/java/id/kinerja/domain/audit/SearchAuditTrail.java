package id.kinerja.domain.audit;

import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;

/** Menelusuri jejak audit: what an auditor looks for in the trail, a page at a time with the total. */
public final class SearchAuditTrail {
    private final AuditTrail trail;

    public SearchAuditTrail(AuditTrail trail) {
        this.trail = trail;
    }

    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        return trail.search(query, page);
    }

    /**
     * The place in the hash chain of the last line recorded before {@code end}: where an auditor walks the trail
     * to, to check a report drawn as of that moment (ADR 0031). Empty while nothing was recorded by then.
     */
    public java.util.Optional<Long> positionBefore(java.time.Instant end) {
        return trail.search(new AuditQuery(null, null, null, null, end, null), new PageRequest(0, 1)).items().stream()
                .findFirst()
                .map(AuditEntry::link)
                .filter(java.util.Objects::nonNull)
                .map(AuditEntry.ChainLink::position);
    }
}
