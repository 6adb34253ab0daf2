package id.kinerja.api.audit;

import id.kinerja.api.shared.PageResponse;
import id.kinerja.api.shared.Paging;
import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditIntegrity;
import id.kinerja.domain.audit.AuditQuery;
import id.kinerja.domain.audit.SearchAuditTrail;
import id.kinerja.domain.audit.VerifyAuditTrail;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.http.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Auditors read the trail by thing, person and time; nobody can change it, there is no route to. */
@Controller("/api/v1/audit")
@Tag(name = "Jejak audit / Audit trail")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.AUDITOR, Roles.ADMIN})
public class AuditController {
    /** A date without a time is a day in Western Indonesia Time, where the seed's units work. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final SearchAuditTrail trail;
    private final VerifyAuditTrail verify;
    private final JsonMapper json;

    public AuditController(SearchAuditTrail trail, VerifyAuditTrail verify, JsonMapper json) {
        this.trail = trail;
        this.verify = verify;
        this.json = json;
    }

    @Serdeable
    public record AuditEntryResponse(
            UUID id,
            Instant at,
            String actor,
            String action,
            @Nullable String entityType,
            @Nullable String entityId,
            @Nullable JsonNode before,
            @Nullable JsonNode after,
            @Nullable String reason,
            int status,
            boolean refused,
            AuditEntry.Outcome outcome,
            @Nullable String refusal,
            @Nullable RefusalWords refusalMessages,
            int occurrences,
            @Nullable String address,
            long position,
            String hash) {}

    /** What a refused person was told, in both languages. */
    @Serdeable
    public record RefusalWords(
            @Nullable String id, @Nullable String en) {}

    /**
     * Whether the trail is as it was written: every line's seal recomputed along the chain.
     *
     * @param firstBroken the first line that was edited or follows a removed one; null when intact
     */
    @Serdeable
    public record IntegrityResponse(
            boolean intact, long checked, @Nullable BrokenEntry firstBroken) {}

    /**
     * @param id absent when the last lines were removed (there is no line left to name)
     * @param position where in the chain it broke
     * @param reason CHANGED, PREVIOUS_MISSING, PREVIOUS_CHANGED or LAST_MISSING
     */
    @Serdeable
    public record BrokenEntry(
            @Nullable UUID id,
            @Nullable Instant at,
            @Nullable Long position,
            AuditIntegrity.Reason reason) {}

    /** Walks the whole chain, recomputing every seal (ADR 0016): run it when an auditor asks, not in a loop. */
    @Get("/integrity")
    public IntegrityResponse integrity() {
        AuditIntegrity integrity = verify.verify();
        AuditIntegrity.Broken broken = integrity.firstBroken();
        return new IntegrityResponse(
                integrity.intact(),
                integrity.checked(),
                broken == null ? null : new BrokenEntry(broken.id(), broken.at(), broken.position(), broken.reason()));
    }

    /**
     * Newest first.
     *
     * @param from an instant (2024-12-31T17:00:00Z) or a date (2025-01-01, from its start in WIB), inclusive
     * @param to likewise, exclusive; a date means up to the end of that day
     * @param refused only refused attempts
     */
    @Get
    public PageResponse<AuditEntryResponse> search(
            @Nullable @QueryValue String entityType,
            @Nullable @QueryValue String entityId,
            @Nullable @QueryValue String actor,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue Boolean refused,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size) {
        AuditQuery query =
                new AuditQuery(entityType, entityId, actor, instant(from, "from", 0), instant(to, "to", 1), refused);
        return PageResponse.of(trail.search(query, Paging.of(page, size)), this::response);
    }

    private AuditEntryResponse response(AuditEntry entry) {
        return new AuditEntryResponse(
                entry.id(),
                entry.at(),
                entry.actor(),
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                tree(entry.before()),
                tree(entry.after()),
                entry.reason(),
                entry.status(),
                entry.refused(),
                entry.outcome(),
                entry.refusal() == null ? null : entry.refusal().code(),
                entry.refusal() == null
                        ? null
                        : new RefusalWords(
                                entry.refusal().indonesian(), entry.refusal().english()),
                entry.occurrences(),
                entry.address(),
                entry.link().position(),
                entry.link().hash());
    }

    private JsonNode tree(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, JsonNode.class);
        } catch (IOException e) {
            return JsonNode.createStringNode(stored);
        }
    }

    private static Instant instant(String written, String field, int daysAfterADate) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            if (written.length() == 10) {
                return LocalDate.parse(written)
                        .plusDays(daysAfterADate)
                        .atStartOfDay(WIB)
                        .toInstant();
            }
            return Instant.parse(written);
        } catch (DateTimeParseException e) {
            throw new InvalidValue(
                    "audit.time", field, "'" + written + "' is neither a date (2025-01-31) nor an instant", written);
        }
    }
}
