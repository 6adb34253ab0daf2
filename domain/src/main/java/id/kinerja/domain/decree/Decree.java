package id.kinerja.domain.decree;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Text;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Keputusan: a decree of a unit's head. While a draft its words and annex may change; once enacted they
 * are frozen, and change comes only through a later decree that amends or supersedes it. A superseded or
 * revoked decree stays readable with its history.
 */
public final class Decree {
    private final DecreeId id;
    private final OrganizationUnitId issuingUnitId;
    private DecreeContent content;
    private final DecreeRelation relation;
    private DecreeStatus status;
    private LocalDate enactedOn;
    private DecreeId supersededBy;
    private Revocation revocation;
    private final long version;

    /** Pencabutan: when and why an enacted decree was withdrawn. */
    public record Revocation(LocalDate on, String reason) {
        public Revocation {
            InvalidValue.requirePresent(on, "revokedOn");
            Text.requiredParagraph(reason, "reason", 2000);
        }
    }

    private Decree(
            DecreeId id,
            OrganizationUnitId issuingUnitId,
            DecreeContent content,
            DecreeRelation relation,
            DecreeStatus status,
            LocalDate enactedOn,
            DecreeId supersededBy,
            Revocation revocation,
            long version) {
        this.id = InvalidValue.requirePresent(id, "id");
        this.issuingUnitId = InvalidValue.requirePresent(issuingUnitId, "issuingUnitId");
        this.content = InvalidValue.requirePresent(content, "content");
        this.relation = relation;
        this.status = InvalidValue.requirePresent(status, "status");
        this.enactedOn = enactedOn;
        this.supersededBy = supersededBy;
        this.revocation = revocation;
        this.version = version;
    }

    static Decree draft(OrganizationUnitId issuingUnitId, DecreeContent content, DecreeRelation relation) {
        return new Decree(DecreeId.newId(), issuingUnitId, content, relation, DecreeStatus.DRAFT, null, null, null, 0);
    }

    /** Rebuilds a stored decree. */
    public static Decree restore(
            DecreeId id,
            OrganizationUnitId issuingUnitId,
            DecreeContent content,
            DecreeRelation relation,
            DecreeStatus status,
            LocalDate enactedOn,
            DecreeId supersededBy,
            Revocation revocation,
            long version) {
        return new Decree(id, issuingUnitId, content, relation, status, enactedOn, supersededBy, revocation, version);
    }

    /** Rewrites a draft's words. An enacted decree is changed only by a new decree. */
    void revise(long expectedVersion, DecreeContent newContent) {
        StaleVersion.check("decree", id, expectedVersion, version);
        requireDraft();
        this.content = InvalidValue.requirePresent(newContent, "content");
    }

    /** Ditetapkan: signs the draft on a date, freezing its content and annex. */
    void enact(long expectedVersion, LocalDate on) {
        StaleVersion.check("decree", id, expectedVersion, version);
        requireDraft();
        InvalidValue.requirePresent(on, "enactedOn");
        if (content.decisions().isEmpty()) {
            throw new RuleViolation(
                    "decree.no-decisions",
                    "decisions",
                    "a decree needs at least one operative part (KESATU) to be enacted");
        }
        if (content.place() == null) {
            throw new RuleViolation("decree.no-place", "place", "a decree needs the place where it is enacted");
        }
        if (content.effectiveDate() != null && content.effectiveDate().isBefore(on)) {
            throw new RuleViolation(
                    "decree.effective-before-enacted",
                    "effectiveDate",
                    "the decree cannot take effect before it is enacted",
                    content.effectiveDate(),
                    on);
        }
        this.status = DecreeStatus.ENACTED;
        this.enactedOn = on;
    }

    /** Diganti: a later decree, now enacted, replaces this one. */
    void supersedeBy(DecreeId successor) {
        requireInForce();
        this.status = DecreeStatus.SUPERSEDED;
        this.supersededBy = successor;
    }

    /** Dicabut: withdraws an enacted decree without replacing it. */
    void revoke(long expectedVersion, Revocation why) {
        StaleVersion.check("decree", id, expectedVersion, version);
        requireInForce();
        if (why.on().isBefore(enactedOn)) {
            throw new RuleViolation(
                    "decree.revoked-before-enacted", "revokedOn", "a decree cannot be revoked before it was enacted");
        }
        this.status = DecreeStatus.REVOKED;
        this.revocation = why;
    }

    /** Refuses any change to the decree's words or annex once it is no longer a draft. */
    public void requireDraft() {
        if (status != DecreeStatus.DRAFT) {
            throw new ConflictingState(
                    "decree.not-draft",
                    null,
                    "decree " + content.number() + " is " + status
                            + ": its content can no longer change; draft a new decree that amends or supersedes it",
                    content.number().value(),
                    status);
        }
    }

    void requireInForce() {
        if (status != DecreeStatus.ENACTED) {
            throw new ConflictingState(
                    "decree.not-in-force",
                    null,
                    "decree " + content.number() + " is " + status + ", not in force",
                    content.number().value(),
                    status);
        }
    }

    public DecreeId id() {
        return id;
    }

    public OrganizationUnitId issuingUnitId() {
        return issuingUnitId;
    }

    public DecreeContent content() {
        return content;
    }

    public Optional<DecreeRelation> relation() {
        return Optional.ofNullable(relation);
    }

    public DecreeStatus status() {
        return status;
    }

    public Optional<LocalDate> enactedOn() {
        return Optional.ofNullable(enactedOn);
    }

    /** The day the decree takes effect: as written, or the day it was enacted. */
    public Optional<LocalDate> effectiveDate() {
        return Optional.ofNullable(content.effectiveDate()).or(this::enactedOn);
    }

    public Optional<DecreeId> supersededBy() {
        return Optional.ofNullable(supersededBy);
    }

    public Optional<Revocation> revocation() {
        return Optional.ofNullable(revocation);
    }

    public long version() {
        return version;
    }
}
