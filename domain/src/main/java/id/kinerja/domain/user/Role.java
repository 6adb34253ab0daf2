package id.kinerja.domain.user;

/** Peran: what a person may do. */
public enum Role {
    /** Administrator: manages user accounts. */
    ADMIN,
    /** Perencana: defines decrees, objectives, indicators and targets. */
    PLANNER,
    /** Evaluator: records realizations and survey results. */
    EVALUATOR,
    /** Auditor (Inspektorat, APIP): reviews and verifies attainment. */
    AUDITOR
}
