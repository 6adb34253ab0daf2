package id.kinerja.domain.decree;

/** Where a decree is in its life. */
public enum DecreeStatus {
    /** Konsep: still being written; its content and annex can change. */
    DRAFT,
    /** Ditetapkan: signed and in force; its content is frozen. */
    ENACTED,
    /** Diganti: replaced by a later decree; it stays readable with its history. */
    SUPERSEDED,
    /** Dicabut: withdrawn without replacement. */
    REVOKED
}
