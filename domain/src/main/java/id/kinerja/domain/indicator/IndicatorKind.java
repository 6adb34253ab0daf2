package id.kinerja.domain.indicator;

/** What sort of value an indicator measures. */
public enum IndicatorKind {
    /** A number with a unit of measure. */
    NUMERIC,
    /** A community satisfaction index (IKM) from SKM surveys, on the 25–100 scale. */
    SATISFACTION_INDEX,
    /** A word or category, such as an audit opinion. */
    QUALITATIVE
}
