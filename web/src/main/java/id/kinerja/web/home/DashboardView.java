package id.kinerja.web.home;

import id.kinerja.web.decree.DecreeRow;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * Beranda: what is due for each of the person's roles, each list paged with its total; null where the person
 * does not hold the role (so the section is not shown).
 */
@Introspected
public record DashboardView(
        String displayName,
        @Nullable Section<DecreeRow> decrees,
        @Nullable Section<IndicatorRow> missingTargets,
        String comingYear,
        @Nullable Section<DueRow> due,
        @Nullable Section<RealizationRow> returned,
        @Nullable Section<RealizationRow> drafts,
        @Nullable Section<RealizationRow> awaiting,
        @Nullable Section<YearRow> readyToClose,
        @Nullable List<UnitChoice> units,
        @Nullable Section<ClosingRow> closings,
        @Nullable Section<AccountRow> accountsWithoutUnits,
        @Nullable Section<UnitRow> unitsWithoutEvaluators,
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

    /** An indicator without a target for the year. */
    @Introspected
    public record IndicatorRow(UUID id, String indicator, String unit, int year) {}

    /** A unit's year whose figures are all verified, with how many, still open. */
    @Introspected
    public record YearRow(UUID unitId, String unit, int year, long verified) {}

    /** An account that works for no unit, its roles in words. */
    @Introspected
    public record AccountRow(UUID id, String displayName, String username, String roles) {}

    /** A unit that no evaluator serves. */
    @Introspected
    public record UnitRow(UUID id, String name) {}
}
