package id.kinerja.domain.audit;

import id.kinerja.domain.audit.AuditIntegrity.Broken;
import id.kinerja.domain.audit.AuditIntegrity.Reason;
import java.util.List;
import java.util.Optional;

/**
 * Memeriksa keutuhan jejak audit: walks the chain from its first line to the head, a batch at a time, recomputing
 * each seal, and names the first line that was edited or follows a removed one. Lines appended while it walks
 * (beyond the head it read first) are left for the next check.
 */
public final class VerifyAuditTrail {
    static final int BATCH = 1000;

    private final AuditTrail trail;

    public VerifyAuditTrail(AuditTrail trail) {
        this.trail = trail;
    }

    public AuditIntegrity verify() {
        Optional<ChainHead> head = trail.head();
        if (head.isEmpty()) {
            return new AuditIntegrity(true, 0, null);
        }
        long last = head.get().position();
        long expected = 1;
        String previous = AuditChain.GENESIS;
        long checked = 0;
        List<AuditEntry> batch;
        do {
            batch = trail.chain(expected - 1, last, BATCH);
            for (AuditEntry entry : batch) {
                checked++;
                AuditEntry.ChainLink link = entry.link();
                if (link.position() != expected) {
                    return broken(checked, entry, Reason.PREVIOUS_MISSING);
                }
                if (!link.previousHash().equals(previous)) {
                    return broken(checked, entry, Reason.PREVIOUS_CHANGED);
                }
                if (!AuditChain.hashOf(entry, link.position(), link.previousHash())
                        .equals(link.hash())) {
                    return broken(checked, entry, Reason.CHANGED);
                }
                previous = link.hash();
                expected++;
            }
        } while (batch.size() == BATCH);
        if (expected - 1 != last || !previous.equals(head.get().hash())) {
            return new AuditIntegrity(false, checked, new Broken(null, null, expected, Reason.LAST_MISSING));
        }
        return new AuditIntegrity(true, checked, null);
    }

    private static AuditIntegrity broken(long checked, AuditEntry entry, Reason reason) {
        return new AuditIntegrity(
                false, checked, new Broken(entry.id(), entry.at(), entry.link().position(), reason));
    }
}
