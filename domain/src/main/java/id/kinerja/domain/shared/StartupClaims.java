package id.kinerja.domain.shared;

/**
 * One-time work at start-up (the first administrator, the demo data) done by one application node only,
 * even when several nodes start at the same moment on one database.
 */
public interface StartupClaims {
    /**
     * Claims a task inside the caller's transaction. True for the one caller that is to do it; a second
     * caller waits until the first caller's transaction ends, then gets false if it committed (the work is
     * done) or true if it rolled back (the work is still to do).
     */
    boolean claim(String task);
}
