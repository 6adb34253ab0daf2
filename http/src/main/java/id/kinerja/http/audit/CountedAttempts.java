package id.kinerja.http.audit;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditEntry.Outcome;
import id.kinerja.domain.audit.AuditEntry.Refusal;
import id.kinerja.domain.audit.AuditTrail;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the attempts nobody can be held to — refusals of a request without a signed-in user, failed and
 * throttled sign-ins — instead of writing a line for each, so that a client that is not signed in cannot grow
 * the trail without bound (ADR 0016). Alike attempts (same route or name tried, address, status and reason)
 * in the same minute become one line with their count, written once the minute is over. At most
 * {@value #KEYS_PER_MINUTE} different kinds are kept per minute; more are counted together in one line
 * whose route, name and address are "*".
 */
@Singleton
public class CountedAttempts {
    static final int KEYS_PER_MINUTE = 1000;
    static final String ANY = "*";
    private static final Logger LOG = LoggerFactory.getLogger(CountedAttempts.class);

    private final AuditTrail trail;
    private final Clock clock;
    private final Map<Attempt, Tally> tallies = new ConcurrentHashMap<>();

    CountedAttempts(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /** What makes two attempts alike. */
    record Attempt(
            Instant minute,
            String actor,
            String action,
            String entityType,
            int status,
            Outcome outcome,
            Refusal refusal,
            String address) {}

    private static final class Tally {
        final Instant first;
        final AtomicInteger count = new AtomicInteger();

        Tally(Instant first) {
            this.first = first;
        }
    }

    void count(
            String actor,
            String action,
            String entityType,
            int status,
            Outcome outcome,
            Refusal refusal,
            String address) {
        Instant now = clock.instant();
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        Attempt attempt = new Attempt(minute, actor, action, entityType, status, outcome, refusal, address);
        if (!tallies.containsKey(attempt) && tallies.size() >= KEYS_PER_MINUTE) {
            attempt = new Attempt(minute, ANY, ANY, null, status, outcome, refusal, ANY);
        }
        tallies.computeIfAbsent(attempt, ignored -> new Tally(now)).count.incrementAndGet();
    }

    /** Writes the minutes that are over; the current one keeps counting. */
    @Scheduled(fixedDelay = "10s", initialDelay = "10s")
    void writeFinishedMinutes() {
        write(clock.instant().truncatedTo(ChronoUnit.MINUTES));
    }

    /** Writes every count now, the current minute's too: on shutdown, and for tests. */
    @PreDestroy
    public void writeAll() {
        write(Instant.MAX);
    }

    private void write(Instant before) {
        for (Attempt attempt : tallies.keySet()) {
            if (!attempt.minute().isBefore(before)) {
                continue;
            }
            Tally tally = tallies.remove(attempt);
            if (tally == null) {
                continue;
            }
            try {
                trail.append(AuditEntry.refused(
                        UUID.randomUUID(),
                        tally.first,
                        attempt.actor(),
                        attempt.action(),
                        attempt.entityType(),
                        null,
                        null,
                        attempt.status(),
                        attempt.outcome(),
                        attempt.refusal(),
                        attempt.address(),
                        tally.count.get()));
            } catch (RuntimeException e) {
                LOG.error("could not write {} counted attempts {} to the audit trail", tally.count.get(), attempt, e);
            }
        }
    }
}
