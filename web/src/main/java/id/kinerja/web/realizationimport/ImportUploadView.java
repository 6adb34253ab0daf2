package id.kinerja.web.realizationimport;

import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The page to download a unit's sheet and to upload it filled in: the pickers, as last chosen. */
@Introspected
public record ImportUploadView(
        List<UnitChoice> units,
        List<PeriodChoice> periods,
        @Nullable String unitId,
        String year,
        @Nullable Refusal refusal) {

    /** A reporting period offered, in words. */
    @Introspected
    public record PeriodChoice(String value, String label, boolean selected) {}
}
