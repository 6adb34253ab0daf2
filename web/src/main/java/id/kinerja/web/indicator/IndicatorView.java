package id.kinerja.web.indicator;

import id.kinerja.web.page.Refusal;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/** The indicator across its plan, every code in the reader's words, with the form to record a realization. */
@Introspected
public record IndicatorView(
        UUID id,
        String name,
        String objective,
        @Nullable String definition,
        @Nullable String formula,
        String polarity,
        boolean lowerIsBetter,
        @Nullable String unitOfMeasure,
        @Nullable String validRange,
        boolean evaluator,
        boolean index,
        List<Choice> periods,
        List<Integer> planYears,
        List<YearRow> years,
        String scaleTop,
        String scaleHalf,
        RealizationEntryForm entry,
        @Nullable Refusal refusal) {

    /** A choice of the realization form: its code and its label. */
    @Introspected
    public record Choice(String code, String label) {}

    /** A year of the indicator as its table and chart show it. */
    @Introspected
    public record YearRow(
            int year,
            String target,
            String targetShort,
            List<String> periods,
            String realization,
            String state,
            @Nullable String rating,
            @Nullable String category,
            String explanation,
            double targetBar,
            double realizationBar) {}
}
