package id.kinerja.domain.indicator;

/** How often an indicator is measured within a year. */
public enum MeasurementFrequency {
    ANNUAL,
    SEMESTER,
    QUARTERLY
}
