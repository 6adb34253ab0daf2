package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import java.time.Clock;

/**
 * An auditor or administrator closes a unit's year when its figures are final: no realization of the unit
 * for that year changes any more. Reopening needs a reason.
 */
public final class CloseYear {
    private final OrganizationUnits units;
    private final YearClosures closures;
    private final Transactions transactions;
    private final Clock clock;

    public CloseYear(OrganizationUnits units, YearClosures closures, Transactions transactions, Clock clock) {
        this.units = units;
        this.closures = closures;
        this.transactions = transactions;
        this.clock = clock;
    }

    public YearClosure close(OrganizationUnitId unit, Year year, String by, String reason) {
        return change(unit, year, true, by, reason);
    }

    /**
     * Refuses, as {@link #close} would, a year that cannot be closed (an unknown unit, a year closed already, a
     * reason longer than it may be), and changes nothing: the pages ask for confirmation only of a close that
     * can happen.
     */
    public void requireClosable(OrganizationUnitId unit, Year year, String reason) {
        InvalidValue.requirePresent(year, "year");
        Text.paragraph(reason, "reason", 2000);
        units.get(unit);
        if (closures.of(unit, year).closed()) {
            throw alreadyAs(true, year);
        }
    }

    public YearClosure reopen(OrganizationUnitId unit, Year year, String by, String reason) {
        InvalidValue.requireText(reason, "reason");
        return change(unit, year, false, by, reason);
    }

    private YearClosure change(OrganizationUnitId unit, Year year, boolean close, String by, String reason) {
        InvalidValue.requireText(by, "by");
        return transactions.inTransaction(() -> {
            units.get(unit);
            YearClosure current = closures.of(unit, year);
            if (current.closed() == close) {
                throw alreadyAs(close, year);
            }
            return closures.save(
                    current,
                    new YearClosure(
                            unit,
                            year,
                            close,
                            by,
                            clock.instant(),
                            reason == null || reason.isBlank() ? null : reason.strip(),
                            current.version()));
        });
    }

    private static ConflictingState alreadyAs(boolean closed, Year year) {
        return new ConflictingState(
                closed ? "year.already-closed" : "year.not-closed",
                null,
                "the year " + year + " is already " + (closed ? "closed" : "open") + " for this unit",
                year.value());
    }

    /** Refuses a change to a closed year. */
    static void requireOpen(YearClosures closures, OrganizationUnitId unit, Year year) {
        closures.requireOpen(unit, year);
    }
}
