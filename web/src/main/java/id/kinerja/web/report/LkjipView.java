package id.kinerja.web.report;

import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * The LKjIP page: the unit and year chosen, the engine's Bab III table as it will print, the narrative's
 * sections with their forms, and the issues with their files and what each changed.
 *
 * @param asOf the past day the figures stand as of, as typed in "Keadaan per tanggal" (ADR 0031); null for now
 * @param asOfShown that day as the page prints it, once it was read; null for the present
 */
@Introspected
public record LkjipView(
        List<UnitChoice> units,
        @Nullable UUID unitId,
        @Nullable String unitName,
        @Nullable Integer year,
        boolean planner,
        boolean auditor,
        List<String> headers,
        List<List<String>> rows,
        @Nullable String score,
        List<Section> sections,
        List<IndicatorSections> indicators,
        List<Issue> issues,
        @Nullable Refusal refusal,
        @Nullable String asOf,
        @Nullable String asOfShown) {

    /** A section as written so far (empty text when never written), with the form's typed text after a refusal. */
    @Introspected
    public record Section(
            String section, @Nullable String indicatorId, String label, String text, long version, String form) {}

    /** An indicator's analyses. */
    @Introspected
    public record IndicatorSections(String name, List<Section> sections) {}

    /** An issue: its number, date, who issued it, and the figures that changed since the one before. */
    @Introspected
    public record Issue(int sequence, String number, String issuedOn, String issuedBy, List<Change> changes) {}

    @Introspected
    public record Change(String label, String before, String after) {}
}
