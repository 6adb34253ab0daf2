package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Year;
import java.time.Instant;

/**
 * Tutup tahun: whether a unit's year is closed to changes, and the last time that changed, by whom and why.
 * Every close and reopen is also kept in the audit trail.
 */
public record YearClosure(
        OrganizationUnitId unitId,
        Year year,
        boolean closed,
        String changedBy,
        Instant changedAt,
        String reason,
        long version) {
    public YearClosure {
        InvalidValue.requirePresent(unitId, "unitId");
        InvalidValue.requirePresent(year, "year");
        Text.paragraph(reason, "reason", 2000);
    }

    /** A year nobody has closed yet. */
    public static YearClosure open(OrganizationUnitId unitId, Year year) {
        return new YearClosure(unitId, year, false, null, null, null, -1);
    }

    public boolean isNew() {
        return version < 0;
    }
}
