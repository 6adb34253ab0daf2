package id.kinerja.domain.audit;

import id.kinerja.domain.shared.InvalidValue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One line of the audit trail: who did what to which thing, when, with the thing before and after, and why.
 * A refused attempt is kept too, with the status it got and the reason it was refused, in the words the
 * person was given. Attempts nobody can be held to (anonymous refusals, failed sign-ins) are counted: one line
 * stands for {@code occurrences} alike attempts in the same minute from the same address.
 *
 * @param at when; kept to the microsecond, as both databases store it, so that its hash reads back the same
 * @param actor the username, "anonymous" when the request carried no valid token, or the name a failed
 *     sign-in tried
 * @param action what was asked, as "POST /api/v1/realizations/{id}/verify"
 * @param entityType the kind of thing changed ("realization"); absent when the request named none
 * @param before the thing as the previous change left it (JSON); absent for a creation or a refusal
 * @param after the thing as this change left it (JSON); absent for a refusal
 * @param reason why, where the change required one (a return, a reopening, a correction)
 * @param status the HTTP status answered: 2xx done, 401, 403, 409… refused
 * @param outcome done, refused or throttled
 * @param refusal the reason of a refusal, as code and in both languages; absent when done
 * @param address the client's address, kept for counted lines only
 * @param occurrences how many alike attempts this line stands for; 1 for every change
 * @param link its place in the hash chain; absent until the trail has appended it
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
        Outcome outcome,
        Refusal refusal,
        String address,
        int occurrences,
        ChainLink link) {
    public AuditEntry {
        InvalidValue.requirePresent(id, "id");
        at = InvalidValue.requirePresent(at, "at").truncatedTo(ChronoUnit.MICROS);
        InvalidValue.requireText(actor, "actor");
        InvalidValue.requireText(action, "action");
        InvalidValue.requirePresent(outcome, "outcome");
        if ((outcome == Outcome.DONE) != (refusal == null)) {
            throw new IllegalArgumentException("a refused line needs its reason, a done one has none");
        }
        if (occurrences < 1) {
            throw new IllegalArgumentException("a line stands for at least one attempt");
        }
    }

    /** A change that was carried out, one line each. */
    public static AuditEntry done(
            UUID id,
            Instant at,
            String actor,
            String action,
            String entityType,
            String entityId,
            String before,
            String after,
            String reason,
            int status) {
        return new AuditEntry(
                id,
                at,
                actor,
                action,
                entityType,
                entityId,
                before,
                after,
                reason,
                status,
                Outcome.DONE,
                null,
                null,
                1,
                null);
    }

    /** An attempt that was refused, or throttled, with the reason it was given. */
    public static AuditEntry refused(
            UUID id,
            Instant at,
            String actor,
            String action,
            String entityType,
            String entityId,
            String reason,
            int status,
            Outcome outcome,
            Refusal refusal,
            String address,
            int occurrences) {
        return new AuditEntry(
                id,
                at,
                actor,
                action,
                entityType,
                entityId,
                null,
                null,
                reason,
                status,
                outcome,
                refusal,
                address,
                occurrences,
                null);
    }

    public boolean refused() {
        return outcome != Outcome.DONE;
    }

    /** The same line at its place in the chain. */
    public AuditEntry linked(ChainLink chainLink) {
        return new AuditEntry(
                id,
                at,
                actor,
                action,
                entityType,
                entityId,
                before,
                after,
                reason,
                status,
                outcome,
                refusal,
                address,
                occurrences,
                chainLink);
    }

    /** Hasil: what became of the attempt. */
    public enum Outcome {
        DONE,
        REFUSED,
        /** Refused before it was even tried, because too many attempts came too fast (sign-in throttling). */
        THROTTLED
    }

    /** Alasan penolakan: the refusal's stable code and the words the person was given, in both languages. */
    public record Refusal(String code, String indonesian, String english) {
        public Refusal {
            InvalidValue.requireText(code, "code");
        }
    }

    /**
     * Mata rantai: the line's place in the trail (1, 2, 3… with no gap), the hash of the line before it and its
     * own hash, so that a changed or missing line shows.
     */
    public record ChainLink(long position, String previousHash, String hash) {}
}
