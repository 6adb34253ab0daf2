package id.kinerja.domain.questionnaire;

import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Masa pengisian: the days on which a survey's questionnaire takes answers — the part of the year the survey
 * covers (the whole year, a semester or a quarter), counted in office time (WIB).
 */
public record OpenPeriod(LocalDate opensOn, LocalDate closesOn) {
    /** The office time the days are counted in. */
    public static final ZoneId OFFICE_TIME = ZoneId.of("Asia/Jakarta");

    public static OpenPeriod of(Year year, ReportingPeriod period) {
        int y = year.value();
        return switch (period) {
            case ANNUAL -> months(y, 1, 12);
            case S1 -> months(y, 1, 6);
            case S2 -> months(y, 7, 12);
            case Q1 -> months(y, 1, 3);
            case Q2 -> months(y, 4, 6);
            case Q3 -> months(y, 7, 9);
            case Q4 -> months(y, 10, 12);
        };
    }

    private static OpenPeriod months(int year, int first, int last) {
        LocalDate start = LocalDate.of(year, first, 1);
        LocalDate end = LocalDate.of(year, last, 1).plusMonths(1).minusDays(1);
        return new OpenPeriod(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
