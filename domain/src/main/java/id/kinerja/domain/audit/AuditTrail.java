package id.kinerja.domain.audit;

import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail. Append-only: this port can add and read lines, and the database itself refuses to change
 * or delete one. Appending joins the caller's transaction, so a change and its line are stored together or not
 * at all; appending also seals the line into the hash chain ({@link AuditChain}), one writer at a time.
 */
public interface AuditTrail {
    /** Appends the line at the end of the chain; returns it with its place there. */
    AuditEntry append(AuditEntry entry);

    /** Newest first. */
    Page<AuditEntry> search(AuditQuery query, PageRequest page);

    /** The thing as the latest successful change left it: the "before" of the next change. */
    Optional<String> lastStateOf(String entityType, String entityId);

    /** The last line appended, as the chain remembers it; empty while the trail is. */
    Optional<ChainHead> head();

    /** Up to {@code limit} lines after position {@code after} and up to {@code upTo}, in chain order. */
    List<AuditEntry> chain(long after, long upTo, int limit);
}
