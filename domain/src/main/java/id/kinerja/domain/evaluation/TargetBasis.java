package id.kinerja.domain.evaluation;

/** Which target attainment is measured against: the signed Perjanjian Kinerja's or the IKU decree's. */
public enum TargetBasis {
    /** Target PK: the latest signed version of the unit's agreement for the year. */
    AGREEMENT,
    /** Target IKU: the target the decree in force sets for the year. */
    IKU
}
