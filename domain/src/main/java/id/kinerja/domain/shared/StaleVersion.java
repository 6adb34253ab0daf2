package id.kinerja.domain.shared;

import java.io.Serial;

/**
 * Somebody else changed the thing since the caller read it. Nothing is written; the caller reloads and
 * decides again, so no edit silently overwrites another.
 */
public final class StaleVersion extends DomainException {
    @Serial
    private static final long serialVersionUID = 1L;

    private StaleVersion(String what, Object id, long expected, long actual) {
        super(
                "version.stale",
                "version",
                what + " " + id + " was changed by someone else (you had version " + expected + ", it is now " + actual
                        + ")",
                what,
                id,
                expected,
                actual);
    }

    /** The stored row moved on between reading and writing it: another edit won the race. */
    public static StaleVersion raced(String what, Object id, long expected) {
        return new StaleVersion(what, id, expected, expected + 1);
    }

    /** Refuses the change unless the caller saw the current version. */
    public static void check(String what, Object id, long expected, long actual) {
        if (expected != actual) {
            throw new StaleVersion(what, id, expected, actual);
        }
    }
}
