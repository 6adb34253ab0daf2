package id.kinerja.domain.indicator;

/** How a lower-is-better indicator's attainment is computed; chosen per indicator. */
public enum LowerIsBetterRule {
    /** (2T − R) ÷ T × 100, the PermenPANRB 8/2021 form; the default. */
    TWICE_TARGET_MINUS_REALIZATION,
    /** T ÷ R × 100. */
    TARGET_OVER_REALIZATION
}
