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
}
