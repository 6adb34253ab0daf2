package id.kinerja.domain.evaluation;

/** Where a realization is in its review. */
public enum ReviewStatus {
    /** Konsep: the evaluator is still entering it. */
    DRAFT,
    /** Diajukan: waiting for an auditor. */
    SUBMITTED,
    /** Dikembalikan: the auditor sent it back with a reason; the evaluator corrects and submits again. */
    RETURNED,
    /** Diverifikasi: checked by an auditor; it can no longer change, only be corrected by a new version. */
    VERIFIED
}
