package id.kinerja.domain.report;

/** A figure that differs from the last issue: absent before (null) for a new one, absent after for a gone one. */
public record FigureChange(String label, String before, String after) {}
