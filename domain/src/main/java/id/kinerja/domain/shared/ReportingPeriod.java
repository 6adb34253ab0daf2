package id.kinerja.domain.shared;

/** The part of a year a measurement covers: the whole year, a semester or a quarter (triwulan). */
public enum ReportingPeriod {
    ANNUAL,
    S1,
    S2,
    Q1,
    Q2,
    Q3,
    Q4
}
