package id.kinerja.domain.audit;

import id.kinerja.domain.shared.InvalidValue;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit trail: who did what to which thing, when, with the thing before and after, and why.
 * A refused attempt is kept too, with the status it got and the reason it was refused.
 *
 * @param actor the username, or "anonymous" when the request carried no valid token
 * @param action what was asked, as "POST /api/v1/realizations/{id}/verify"
 * @param entityType the kind of thing changed ("realization"); absent when the request named none
 * @param before the thing as the previous change left it (JSON); absent for a creation or a refusal
 * @param after the thing as this change left it (JSON); absent for a refusal
 * @param reason why, where the change required one (a return, a reopening, a correction)
 * @param status the HTTP status answered: 2xx done, 401, 403, 409… refused
 * @param refusal the problem code of a refusal
 */
public record AuditEntry(
        UUID id,
        Instant at,
        String actor,
        String action,
        String entityType,
        String entityId,
        String before,
        String after,
        String reason,
        int status,
        String refusal) {
    public AuditEntry {
        InvalidValue.requirePresent(id, "id");
        InvalidValue.requirePresent(at, "at");
        InvalidValue.requireText(actor, "actor");
        InvalidValue.requireText(action, "action");
    }

    public boolean refused() {
        return status >= 400;
    }
}
