package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;

/** Read side: unit-years whose figures are all reviewed and that nobody has closed. */
public interface ClosingGaps {
    /**
     * Unit-years before the given year with at least one current realization, every current realization
     * verified, and not closed (never closed, or reopened since), the oldest year first, then by unit name.
     */
    Page<YearToClose> readyToClose(Year before, PageRequest page);

    /** A unit's year ready to close and how many verified realizations it holds. */
    record YearToClose(OrganizationUnitId unitId, String unitName, Year year, long verified) {}
}
