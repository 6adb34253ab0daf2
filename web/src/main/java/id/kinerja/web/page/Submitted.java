package id.kinerja.web.page;

import java.net.URI;

/**
 * What a carried-out form did: where the browser goes next, and for the audit trail the thing it changed
 * (a domain object, written as the API shows it) with its id.
 */
public record Submitted(URI next, String changedId, Object changed) {
    public static Submitted changed(String next, Object id, Object changed) {
        return new Submitted(URI.create(next), String.valueOf(id), changed);
    }

    /** A form whose change the audit trail identifies from the route alone. */
    public static Submitted goTo(String next) {
        return new Submitted(URI.create(next), null, null);
    }
}
