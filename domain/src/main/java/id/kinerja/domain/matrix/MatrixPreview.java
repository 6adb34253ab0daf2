package id.kinerja.domain.matrix;

import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.Year;
import java.util.List;

/**
 * What the import understood of a matrix, row by row, before anything is written: the target years, the plan
 * period they fall in, each indicator with its doubts, and every refusal by row and column. It can be committed
 * only without refusals.
 *
 * @param headerRows how many rows the header spanned
 * @param planPeriodId the unit's plan period that covers the target years; null when none does
 */
public record MatrixPreview(
        int headerRows,
        List<Year> years,
        PlanPeriodId planPeriodId,
        List<MatrixRow> rows,
        List<RefusedFile.FileError> refusals) {

    public MatrixPreview {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
        refusals = List.copyOf(refusals);
    }

    public boolean committable() {
        return refusals.isEmpty() && !rows.isEmpty();
    }

    /** Refuses a matrix with errors, naming each row and column; nothing is written. */
    void requireCommittable() {
        if (!refusals.isEmpty()) {
            throw new RefusedFile(
                    refusals.stream().limit(RefusedFile.REPORTED_ERRORS).toList(), refusals.size());
        }
        if (rows.isEmpty()) {
            throw new RefusedFile(
                    List.of(new RefusedFile.FileError(
                            0, null, "matrix.no-indicators", List.of(), "the matrix holds no indicator")),
                    1);
        }
    }
}
