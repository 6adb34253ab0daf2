package id.kinerja.domain.report;

/**
 * One figure a report prints, as printed: {@code key} names it across issues (an indicator's id and the
 * column), {@code label} says what it is to a reader.
 */
public record ReportFigure(String key, String label, String shown) {}
