package id.kinerja.domain.user;

import java.util.OptionalLong;

/**
 * Sesi: how many times each person's sessions were ended. A token carries the number it was issued under, and
 * is refused once the number has moved on — after signing out, being disabled, or a change of roles or units.
 */
public interface SessionVersions {
    /** The current number of an account that may sign in; empty when the account is missing or disabled. */
    OptionalLong currentOfActive(UserId user);

    /** Ends every session of this person: tokens issued before are refused from now on. */
    void endAll(UserId user);
}
