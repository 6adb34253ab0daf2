package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;

/** The closed and reopened years of the units. */
public interface YearClosures {
    /** The year's closure, or an open year nobody has closed yet. */
    YearClosure of(OrganizationUnitId unit, Year year);

    /** Stores the new state if the stored version is still {@code previous.version()}; returns it stored. */
    YearClosure save(YearClosure previous, YearClosure next);

    /** Every unit-year ever closed (closed still, or reopened since), the latest change first. */
    Page<YearClosure> recent(PageRequest page);
}
