package id.kinerja.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.audit.AuditIntegrity.Reason;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerifyAuditTrailTest {
    private final ChainedTrail trail = new ChainedTrail();
    private final VerifyAuditTrail verify = new VerifyAuditTrail(trail);

    @Test
    void anEmptyTrailIsIntact() {
        assertThat(verify.verify()).isEqualTo(new AuditIntegrity(true, 0, null));
    }

    @Test
    void anUntouchedTrailIsIntactAcrossBatches() {
        appendLines(VerifyAuditTrail.BATCH + 5);

        assertThat(verify.verify()).isEqualTo(new AuditIntegrity(true, VerifyAuditTrail.BATCH + 5, null));
    }

    @Test
    void anEditedLineIsNamedAsChanged() {
        appendLines(5);
        AuditEntry third = trail.lines.get(2);
        trail.lines.set(2, withAfter(third, "{\"status\":\"VERIFIED\"}"));

        AuditIntegrity integrity = verify.verify();

        assertThat(integrity.intact()).isFalse();
        assertThat(integrity.checked()).isEqualTo(3);
        assertThat(integrity.firstBroken().id()).isEqualTo(third.id());
        assertThat(integrity.firstBroken().reason()).isEqualTo(Reason.CHANGED);
    }

    @Test
    void aRemovedLineIsNamedByTheLineAfterIt() {
        appendLines(5);
        AuditEntry fourth = trail.lines.get(3);
        trail.lines.remove(2);

        AuditIntegrity integrity = verify.verify();

        assertThat(integrity.intact()).isFalse();
        assertThat(integrity.firstBroken().id()).isEqualTo(fourth.id());
        assertThat(integrity.firstBroken().reason()).isEqualTo(Reason.PREVIOUS_MISSING);
    }

    @Test
    void aLineResealedAfterAnEditStillBreaksTheLinkOfTheNext() {
        appendLines(4);
        AuditEntry second = trail.lines.get(1);
        AuditEntry edited = withAfter(second, "{}");
        AuditEntry.ChainLink link = second.link();
        trail.lines.set(
                1,
                edited.linked(new AuditEntry.ChainLink(
                        link.position(),
                        link.previousHash(),
                        AuditChain.hashOf(edited, link.position(), link.previousHash()))));

        AuditIntegrity integrity = verify.verify();

        assertThat(integrity.firstBroken().id()).isEqualTo(trail.lines.get(2).id());
        assertThat(integrity.firstBroken().reason()).isEqualTo(Reason.PREVIOUS_CHANGED);
    }

    @Test
    void removedLastLinesShowAgainstTheHead() {
        appendLines(3);
        trail.lines.remove(2);

        AuditIntegrity integrity = verify.verify();

        assertThat(integrity.intact()).isFalse();
        assertThat(integrity.checked()).isEqualTo(2);
        assertThat(integrity.firstBroken().reason()).isEqualTo(Reason.LAST_MISSING);
        assertThat(integrity.firstBroken().position()).isEqualTo(3);
    }

    @Test
    void everyFieldIsSealed() {
        AuditEntry entry = line(1);
        String seal = AuditChain.hashOf(entry, 1, AuditChain.GENESIS);

        assertThat(AuditChain.hashOf(entry, 2, AuditChain.GENESIS)).isNotEqualTo(seal);
        assertThat(AuditChain.hashOf(withAfter(entry, null), 1, AuditChain.GENESIS))
                .isNotEqualTo(seal);
        AuditEntry refusal = AuditEntry.refused(
                entry.id(),
                entry.at(),
                entry.actor(),
                entry.action(),
                null,
                null,
                null,
                409,
                AuditEntry.Outcome.REFUSED,
                new AuditEntry.Refusal("year.closed", "Tahun ditutup", "The year is closed"),
                null,
                1);
        AuditEntry otherWords = AuditEntry.refused(
                entry.id(),
                entry.at(),
                entry.actor(),
                entry.action(),
                null,
                null,
                null,
                409,
                AuditEntry.Outcome.REFUSED,
                new AuditEntry.Refusal("year.closed", "Tahun ditutup", "The year is open"),
                null,
                1);
        assertThat(AuditChain.hashOf(refusal, 1, AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hashOf(otherWords, 1, AuditChain.GENESIS));
        // an absent value and the text "~" are told apart
        assertThat(AuditChain.canonical(withAfter(entry, null), 1, AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.canonical(withAfter(entry, "~"), 1, AuditChain.GENESIS));
    }

    private void appendLines(int count) {
        for (int i = 0; i < count; i++) {
            trail.append(line(i));
        }
    }

    private static AuditEntry line(int i) {
        return AuditEntry.done(
                UUID.randomUUID(),
                Instant.parse("2025-01-01T00:00:00.123456789Z").plusSeconds(i),
                "evaluator",
                "POST /api/v1/realizations/" + i + "/submit",
                "realization",
                String.valueOf(i),
                null,
                "{\"status\":\"SUBMITTED\"}",
                null,
                200);
    }

    private static AuditEntry withAfter(AuditEntry entry, String after) {
        return new AuditEntry(
                entry.id(),
                entry.at(),
                entry.actor(),
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                entry.before(),
                after,
                entry.reason(),
                entry.status(),
                entry.outcome(),
                entry.refusal(),
                entry.address(),
                entry.occurrences(),
                entry.link());
    }

    /** Chains as the database adapter does, and lets a test edit or remove lines behind its back. */
    private static final class ChainedTrail implements AuditTrail {
        final List<AuditEntry> lines = new ArrayList<>();
        ChainHead head;

        @Override
        public AuditEntry append(AuditEntry entry) {
            long position = head == null ? 1 : head.position() + 1;
            String previous = head == null ? AuditChain.GENESIS : head.hash();
            String hash = AuditChain.hashOf(entry, position, previous);
            AuditEntry linked = entry.linked(new AuditEntry.ChainLink(position, previous, hash));
            lines.add(linked);
            head = new ChainHead(position, hash);
            return linked;
        }

        @Override
        public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> lastStateOf(String entityType, String entityId) {
            return Optional.empty();
        }

        @Override
        public Optional<ChainHead> head() {
            return Optional.ofNullable(head);
        }

        @Override
        public List<AuditEntry> chain(long after, long upTo, int limit) {
            return lines.stream()
                    .filter(line ->
                            line.link().position() > after && line.link().position() <= upTo)
                    .limit(limit)
                    .toList();
        }
    }
}
