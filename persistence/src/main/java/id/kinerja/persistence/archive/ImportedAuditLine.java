package id.kinerja.persistence.archive;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.audit.AuditEntry;
import java.time.Instant;
import java.util.UUID;

/** An archived line of {@code audit_entry} read back into the domain's form, with the seal it had at the source. */
final class ImportedAuditLine {
    private ImportedAuditLine() {}

    static AuditEntry of(JsonNode line) {
        String refusal = text(line, "refusal");
        JsonNode position = line.get("chain_position");
        return new AuditEntry(
                UUID.fromString(text(line, "id")),
                Instant.parse(text(line, "occurred_at")),
                text(line, "actor"),
                text(line, "action"),
                text(line, "entity_type"),
                text(line, "entity_id"),
                text(line, "before_state"),
                text(line, "after_state"),
                text(line, "reason"),
                Math.toIntExact(line.path("status").asLong()),
                AuditEntry.Outcome.valueOf(text(line, "outcome")),
                refusal == null
                        ? null
                        : new AuditEntry.Refusal(refusal, text(line, "refusal_id"), text(line, "refusal_en")),
                text(line, "client_address"),
                Math.toIntExact(line.path("occurrences").asLong(1)),
                position == null || position.isNull()
                        ? null
                        : new AuditEntry.ChainLink(
                                position.asLong(), text(line, "previous_hash"), text(line, "entry_hash")));
    }

    private static String text(JsonNode line, String column) {
        return ColumnCodec.text(line.get(column));
    }
}
