package id.kinerja.web.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/**
 * The budget realization page of a PK version: per programme its pagu, realisasi and % serapan with the totals,
 * and for a planner the entry form (with what was typed, after a refusal) and the sheet to download and upload.
 *
 * @param planner whether the forms are shown (the role the API asks for writing)
 * @param fileErrors a refused sheet's errors by row and column
 */
@Serdeable
public record BudgetPage(
        UUID agreementId,
        UUID unitId,
        String unitName,
        int year,
        int version,
        String status,
        List<Line> lines,
        String totalCeiling,
        String totalRealized,
        String totalAbsorption,
        boolean planner,
        @Nullable id.kinerja.web.page.Refusal refusal,
        List<FileError> fileErrors) {

    /** One programme as shown, and as typed into the form ({@code ceilingTyped}, {@code realizedTyped}). */
    @Serdeable
    public record Line(
            int index,
            String code,
            String name,
            String ceiling,
            String realized,
            String absorption,
            boolean filled,
            String ceilingTyped,
            String realizedTyped) {}

    /** An error of a refused sheet: the row and column it is in, and what is wrong, in the reader's language. */
    @Serdeable
    public record FileError(long row, @Nullable String column, String message) {}
}
