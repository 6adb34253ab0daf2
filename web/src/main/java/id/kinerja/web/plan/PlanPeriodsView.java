package id.kinerja.web.plan;

import id.kinerja.web.page.Pager;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A page of plan periods, and for planners the form to add one with the units and kinds to choose from.
 *
 * @param units null for a reader who may not add a period: the form is then not shown
 */
@Introspected
public record PlanPeriodsView(
        List<PeriodRow> periods,
        Pager pager,
        @Nullable List<UnitChoice> units,
        List<KindChoice> kinds,
        PlanPeriodForm values,
        @Nullable Refusal refusal) {

    /** A plan period as the list shows it: the unit's name and the kind in words. */
    @Introspected
    public record PeriodRow(String unit, String kind, String name, int firstYear, int lastYear) {}

    /** A kind of plan: its code for the form, its label for the reader. */
    @Introspected
    public record KindChoice(String code, String label) {}
}
