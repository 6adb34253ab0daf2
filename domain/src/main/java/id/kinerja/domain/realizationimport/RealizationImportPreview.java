package id.kinerja.domain.realizationimport;

import id.kinerja.domain.shared.RefusedFile;
import java.util.List;

/**
 * What the import understood of a realization sheet, row by row, before anything is written: each row with what
 * the commit will do and its doubts, and every refusal by row and column. It can be committed only without
 * refusals and with at least one value to write.
 */
public record RealizationImportPreview(List<ImportRow> rows, List<RefusedFile.FileError> refusals) {
    public RealizationImportPreview {
        rows = List.copyOf(rows);
        refusals = List.copyOf(refusals);
    }

    public boolean committable() {
        return refusals.isEmpty() && rows.stream().anyMatch(ImportRow::writes);
    }

    /** Refuses a sheet with errors, naming each row and column; nothing is written. */
    void requireCommittable() {
        if (!refusals.isEmpty()) {
            throw new RefusedFile(
                    refusals.stream().limit(RefusedFile.REPORTED_ERRORS).toList(), refusals.size());
        }
        if (rows.stream().noneMatch(ImportRow::writes)) {
            throw new RefusedFile(
                    List.of(new RefusedFile.FileError(
                            0, null, "realization-import.nothing", List.of(), "the sheet holds no value to write")),
                    1);
        }
    }
}
