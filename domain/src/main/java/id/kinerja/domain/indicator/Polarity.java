package id.kinerja.domain.indicator;

/** Polaritas: which direction of the realization is good. */
public enum Polarity {
    /** Maximize: more is better (an index, a percentage of services on time). */
    HIGHER_IS_BETTER,
    /** Minimize: less is better (complaints, days to process). */
    LOWER_IS_BETTER,
    /** Stabilize: the realization should fall within a target range. */
    STABILIZE,
    /** Achieved or not, such as an audit opinion ("WTP"). */
    QUALITATIVE
}
