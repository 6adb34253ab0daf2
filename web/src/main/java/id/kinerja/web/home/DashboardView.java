package id.kinerja.web.home;

import id.kinerja.web.decree.DecreeRow;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * Beranda: each role's lists, null where the person does not hold the role (so the section is not shown).
 */
@Introspected
public record DashboardView(
        String displayName,
        @Nullable List<DecreeRow> decrees,
        @Nullable List<DueRow> due,
        @Nullable List<RealizationRow> returned,
        @Nullable List<RealizationRow> drafts,
        @Nullable List<RealizationRow> awaiting,
        @Nullable List<UnitChoice> units,
        @Nullable List<ClosingRow> closings,
        @Nullable Refusal refusal) {

    /** A realization as a work list shows it, the number written the Indonesian way. */
    @Introspected
    public record RealizationRow(
            UUID id, String indicator, String unit, int year, String period, String value, String note) {}

    /** An indicator of the evaluator's units whose year still lacks its realization. */
    @Introspected
    public record DueRow(UUID indicatorId, String indicator, String unit, int year, String state) {}

    /** A unit's year closed or reopened: what, which unit and year, why, when, by whom. */
    @Introspected
    public record ClosingRow(String what, String unit, int year, String reason, String at, String by) {}
}
