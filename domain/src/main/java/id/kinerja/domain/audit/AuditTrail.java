package id.kinerja.domain.audit;

import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.Optional;

/**
 * The audit trail. Append-only by construction: this port can add and read lines, and nothing else in the
 * application writes to where they are kept.
 */
public interface AuditTrail {
    void append(AuditEntry entry);

    /** Newest first. */
    Page<AuditEntry> search(AuditQuery query, PageRequest page);

    /** The thing as the latest successful change left it: the "before" of the next change. */
    Optional<String> lastStateOf(String entityType, String entityId);
}
