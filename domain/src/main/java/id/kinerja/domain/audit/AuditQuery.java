package id.kinerja.domain.audit;

import java.time.Instant;

/**
 * What an auditor looks for in the trail; every part is optional.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record AuditQuery(
        String entityType, String entityId, String actor, Instant from, Instant to, Boolean refusedOnly) {}
