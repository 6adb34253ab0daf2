package id.kinerja.web.audit;

import id.kinerja.domain.audit.AuditQuery;
import id.kinerja.domain.shared.IndonesianDate;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The trail's filters as the address carries them: kind of thing, its id, the person, days in WIB. */
@Introspected
public record AuditFilter(
        @Nullable @QueryValue String entityType,
        @Nullable @QueryValue String entityId,
        @Nullable @QueryValue String actor,
        @Nullable @QueryValue String from,
        @Nullable @QueryValue String to,
        @Nullable @QueryValue Boolean refused,
        @Nullable @QueryValue Integer page) {

    /** Dates on the pages are days in Western Indonesia Time. */
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    AuditQuery query() {
        return new AuditQuery(
                blankToNull(entityType), blankToNull(entityId), blankToNull(actor), day(from, 0), day(to, 1), refused);
    }

    public boolean refusedOnly() {
        return Boolean.TRUE.equals(refused);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant day(String written, int daysAfter) {
        String value = blankToNull(written);
        if (value == null) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            day = IndonesianDate.parse(value, "date");
        }
        return day.plusDays(daysAfter).atStartOfDay(WIB).toInstant();
    }
}
