package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.PeriodRollup;
import id.kinerja.domain.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The year's realization of an indicator: recorded for the whole year, or made from its quarters or
 * semesters by the indicator's rule (last period, sum, mean). An index is never summed nor averaged: its
 * year is recomputed from the pooled responses, so it must be recorded from the year's survey.
 */
public sealed interface YearlyValue {

    String explanation();

    /**
     * A value, as the report prints it.
     *
     * @param from the realizations it was made from, each with its review status
     */
    record Known(BigDecimal amount, String text, List<Realization> from, String explanation) implements YearlyValue {
        public Known {
            from = List.copyOf(from);
        }

        /** Whether an auditor verified every realization the value was made from. */
        public boolean verified() {
            return from.stream().allMatch(realization -> realization.status() == ReviewStatus.VERIFIED);
        }
    }

    /** Nothing recorded for the year: not filled, never zero. */
    record Missing(String explanation) implements YearlyValue {}

    /** Something recorded, but not enough to make the year's value by the rule. */
    record Incomplete(String reasonCode, List<Object> arguments, String explanation) implements YearlyValue {
        public Incomplete {
            arguments = List.copyOf(arguments);
        }
    }

    /** The year's value from the current realizations of that year's periods. */
    static YearlyValue of(IndicatorDefinition definition, List<Realization> ofTheYear) {
        Map<ReportingPeriod, Realization> byPeriod = new EnumMap<>(ReportingPeriod.class);
        ofTheYear.forEach(realization -> byPeriod.put(realization.period(), realization));
        Realization annual = byPeriod.get(ReportingPeriod.ANNUAL);
        if (annual != null) {
            return known(annual, "recorded for the whole year");
        }
        List<ReportingPeriod> expected = RecordRealization.periodsOf(definition).stream()
                .filter(period -> period != ReportingPeriod.ANNUAL)
                .toList();
        if (byPeriod.isEmpty() || expected.isEmpty()) {
            return new Missing("no realization recorded for the year");
        }
        if (definition.rollup() == PeriodRollup.RECOMPUTED_FROM_RESPONSES) {
            return new Incomplete(
                    "rollup.index-needs-year",
                    List.of(),
                    "an index is not added up nor averaged from its periods: record the year's value from the"
                            + " survey of the whole year (its pooled responses)");
        }
        if (definition.rollup() == PeriodRollup.LAST_PERIOD) {
            ReportingPeriod last = expected.get(expected.size() - 1);
            Realization lastRealization = byPeriod.get(last);
            if (lastRealization == null) {
                return new Incomplete(
                        "rollup.last-period-missing",
                        List.of(last.name()),
                        "the year takes its last period's value, and " + last + " is not recorded yet");
            }
            return known(lastRealization, "the last period " + last + " stands for the year");
        }
        List<ReportingPeriod> missing = expected.stream()
                .filter(period -> !byPeriod.containsKey(period))
                .toList();
        if (!missing.isEmpty()) {
            String names = missing.stream().map(Enum::name).collect(Collectors.joining(", "));
            return new Incomplete(
                    "rollup.periods-missing",
                    List.of(names),
                    "the year is made from all its periods, and " + names + " not yet recorded");
        }
        List<Realization> periods = expected.stream().map(byPeriod::get).toList();
        if (periods.stream().anyMatch(realization -> realization.value().amount() == null)) {
            return new Incomplete(
                    "rollup.words", List.of(), "words are not added up nor averaged; record the year's value");
        }
        BigDecimal sum = BigDecimal.ZERO;
        int scale = 0;
        List<String> terms = new ArrayList<>();
        for (Realization realization : periods) {
            BigDecimal amount = realization.value().amount();
            sum = sum.add(amount);
            scale = Math.max(scale, amount.scale());
            terms.add(realization.period() + " " + amount.toPlainString());
        }
        String inputs = String.join(" + ", terms);
        if (definition.rollup() == PeriodRollup.SUM) {
            return new Known(sum, null, periods, "sum of the periods: " + inputs + " = " + sum.toPlainString());
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(periods.size()), scale, RoundingMode.HALF_UP);
        return new Known(
                mean,
                null,
                periods,
                "mean of the periods: (" + inputs + ") ÷ " + periods.size() + " = " + mean.toPlainString()
                        + " (rounded once to " + scale + " decimals HALF_UP, the periods' own precision)");
    }

    private static Known known(Realization realization, String how) {
        Realization.RealizedValue value = realization.value();
        String shown = value.amount() == null
                ? "'" + value.text() + "'"
                : value.amount().toPlainString();
        String source = value.source().reference() == null
                ? value.source().kind().name().toLowerCase(java.util.Locale.ROOT)
                : value.source().kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                        + value.source().reference();
        return new Known(value.amount(), value.text(), List.of(realization), how + ": " + shown + " (" + source + ")");
    }
}
