package id.kinerja.domain.audit;

import id.kinerja.domain.shared.Text;
import java.time.Instant;

/**
 * What an auditor looks for in the trail; every part is optional.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(
        String entityType, String entityId, String actor, Instant from, Instant to, Boolean refusedOnly) {
    /** A term longer than its column, or with a NUL PostgreSQL cannot compare, is refused, not searched. */
    public AuditQuery {
        Text.line(entityType, "entityType", 50);
        Text.line(entityId, "entityId", 200);
        Text.line(actor, "actor", 100);
    }
}
