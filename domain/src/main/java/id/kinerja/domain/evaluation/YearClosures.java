package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.ClosedYears;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import java.util.List;
import java.util.Optional;

/** The closed and reopened years of the units. */
public interface YearClosures extends ClosedYears {
    /** The year's closure, or an open year nobody has closed yet. */
    YearClosure of(OrganizationUnitId unit, Year year);

    @Override
    default Optional<String> closedBy(OrganizationUnitId unit, Year year) {
        YearClosure closure = of(unit, year);
        return closure.closed() ? Optional.of(closure.changedBy()) : Optional.empty();
    }

    /** The year's closures of every unit that has one (closed still, or reopened since), in one read. */
    List<YearClosure> ofYear(Year year);

    /** Stores the new state if the stored version is still {@code previous.version()}; returns it stored. */
    YearClosure save(YearClosure previous, YearClosure next);

    /** Every unit-year ever closed (closed still, or reopened since), the latest change first. */
    Page<YearClosure> recent(PageRequest page);
}
