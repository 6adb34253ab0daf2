package id.kinerja.domain.evaluation;

import id.kinerja.domain.evaluation.ClosingGaps.YearToClose;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;

/**
 * Tahun yang siap ditutup: the past unit-years whose every current realization is verified and that are still
 * open — what an auditor may close now. Two statements (the page and its count).
 */
public final class ReadYearsToClose {
    private final ClosingGaps gaps;

    public ReadYearsToClose(ClosingGaps gaps) {
        this.gaps = gaps;
    }

    /** @param current this year: only the years before it are offered, since the current year is still running */
    public Page<YearToClose> before(Year current, PageRequest page) {
        return gaps.readyToClose(InvalidValue.requirePresent(current, "year"), page);
    }
}
