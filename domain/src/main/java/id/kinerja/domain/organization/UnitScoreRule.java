package id.kinerja.domain.organization;

/**
 * How a unit's score is averaged from its indicators. Most provincial e-SAKIP reports weigh every IKU the
 * same, so that is the default; a unit may choose to weigh every objective the same instead.
 */
public enum UnitScoreRule {
    /** The mean of all the unit's indicators' attainments. */
    MEAN_OF_INDICATORS,
    /** The mean of its objectives' scores, each the mean of that objective's indicators. */
    MEAN_OF_OBJECTIVES
}
