package id.kinerja.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Rantai hash: each line of the trail is sealed with SHA-256 over a canonical form of its fields and the hash of
 * the line before it, so that changing any field, or removing a line, breaks every seal after it. The canonical
 * form is fixed (version 1): changing it would break every trail already written.
 */
public final class AuditChain {
    /** The "previous hash" of the first line. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    public static String hashOf(AuditEntry entry, long position, String previousHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha256.digest(
                            canonical(entry, position, previousHash).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Each field on its own line as name, length and value ("~" when absent), so no two lines read alike. */
    static String canonical(AuditEntry entry, long position, String previousHash) {
        StringBuilder form = new StringBuilder("kinerja-audit-v1\n");
        field(form, "position", String.valueOf(position));
        field(form, "previous", previousHash);
        field(form, "id", entry.id().toString());
        field(form, "at", entry.at().toString());
        field(form, "actor", entry.actor());
        field(form, "action", entry.action());
        field(form, "entityType", entry.entityType());
        field(form, "entityId", entry.entityId());
        field(form, "before", entry.before());
        field(form, "after", entry.after());
        field(form, "reason", entry.reason());
        field(form, "status", String.valueOf(entry.status()));
        field(form, "outcome", entry.outcome().name());
        AuditEntry.Refusal refusal = entry.refusal();
        field(form, "refusal", refusal == null ? null : refusal.code());
        field(form, "refusalId", refusal == null ? null : refusal.indonesian());
        field(form, "refusalEn", refusal == null ? null : refusal.english());
        field(form, "address", entry.address());
        field(form, "occurrences", String.valueOf(entry.occurrences()));
        return form.toString();
    }

    private static void field(StringBuilder form, String name, String value) {
        form.append(name).append('=');
        if (value == null) {
            form.append('~');
        } else {
            form.append(value.length()).append(':').append(value);
        }
        form.append('\n');
    }
}
