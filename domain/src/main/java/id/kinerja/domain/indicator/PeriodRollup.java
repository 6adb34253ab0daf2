package id.kinerja.domain.indicator;

/** How the values of a year's quarters or semesters make the year's value. */
public enum PeriodRollup {
    /** The last period's value stands for the year (a cumulative measure). */
    LAST_PERIOD,
    /** The periods add up (counts). */
    SUM,
    /** The arithmetic mean of the periods. */
    MEAN,
    /** Computed again from the pooled survey responses of the year: an index is never summed. */
    RECOMPUTED_FROM_RESPONSES
}
