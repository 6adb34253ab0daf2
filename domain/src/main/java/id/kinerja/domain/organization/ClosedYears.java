package id.kinerja.domain.organization;

import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.Year;
import java.util.Optional;

/**
 * Tahun yang ditutup: whether a unit's year is closed to changes. Every use case that changes a figure of a
 * unit's year (a realization, a survey, its responses) asks it first, so that a closed year refuses them all.
 */
public interface ClosedYears {
    /** Who closed the unit's year, when it is closed now. */
    Optional<String> closedBy(OrganizationUnitId unit, Year year);

    /** Refuses a change to a closed year, naming who closed it. */
    default void requireOpen(OrganizationUnitId unit, Year year) {
        closedBy(unit, year).ifPresent(by -> {
            throw new ConflictingState(
                    "year.closed",
                    "year",
                    "the year " + year + " was closed by " + by + "; reopen it with a reason first",
                    year.value(),
                    by);
        });
    }
}
