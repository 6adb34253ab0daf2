package id.kinerja.domain.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Keutuhan jejak audit: whether every line still carries the seal it was written with, how many lines were
 * checked, and the first that does not.
 */
public record AuditIntegrity(boolean intact, long checked, Broken firstBroken) {

    /**
     * The first line found broken, or (when the last lines are gone) none but the reason.
     *
     * @param reason {@link Reason}
     */
    public record Broken(UUID id, Instant at, Long position, Reason reason) {}

    public enum Reason {
        /** The line's fields no longer hash to its seal: it was edited. */
        CHANGED,
        /** One or more lines before this one are missing: its position does not follow the previous line's. */
        PREVIOUS_MISSING,
        /** The line's record of the previous seal differs from the previous line's seal. */
        PREVIOUS_CHANGED,
        /** The trail ends before the last line the chain's head remembers: the last lines were removed. */
        LAST_MISSING
    }
}
