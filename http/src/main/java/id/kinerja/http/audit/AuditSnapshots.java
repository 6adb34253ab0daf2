package id.kinerja.http.audit;

import java.util.Optional;

/**
 * How a changed domain object reads in the audit trail. The JSON API supplies it with its own resources, so a
 * change made on a page is recorded in the same shape as one made through the API, and the trail's "before"
 * (the previous change's "after") compares with its "after" whichever way each change came.
 */
public interface AuditSnapshots {
    /** The object to record for the changed thing, or empty when this provider does not know its kind. */
    Optional<Object> of(Object changed);
}
