package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.PeriodRollup;
import id.kinerja.domain.shared.Explanation;
import id.kinerja.domain.shared.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The year's realization of an indicator: recorded for the whole year, or made from its quarters or
 * semesters by the indicator's rule (last period, sum, mean). An index is never summed nor averaged: its
 * year is recomputed from the pooled responses, so it must be recorded from the year's survey.
 */
public sealed interface YearlyValue {

    /** How the value was made: which realizations, which rule, which rounding; rendered at the edge. */
    Explanation explanation();

    /**
     * A value, as the report prints it.
     *
     * @param from the realizations it was made from, each with its review status
     */
    record Known(BigDecimal amount, String text, List<Realization> from, Explanation explanation)
            implements YearlyValue {
        public Known {
            from = List.copyOf(from);
        }

        /** Whether an auditor verified every realization the value was made from. */
        public boolean verified() {
            return from.stream().allMatch(realization -> realization.status() == ReviewStatus.VERIFIED);
        }
    }

    /** Nothing recorded for the year: not filled, never zero. */
    record Missing(Explanation explanation) implements YearlyValue {}

    /** Something recorded, but not enough to make the year's value by the rule. */
    record Incomplete(String reasonCode, List<Object> arguments, Explanation explanation) implements YearlyValue {
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
            return known(annual, "yearly.annual");
        }
        List<ReportingPeriod> expected = RecordRealization.periodsOf(definition).stream()
                .filter(period -> period != ReportingPeriod.ANNUAL)
                .toList();
        if (byPeriod.isEmpty() || expected.isEmpty()) {
            return new Missing(Explanation.of("yearly.missing"));
        }
        if (definition.rollup() == PeriodRollup.RECOMPUTED_FROM_RESPONSES) {
            return incomplete("rollup.index-needs-year");
        }
        if (definition.rollup() == PeriodRollup.LAST_PERIOD) {
            ReportingPeriod last = expected.get(expected.size() - 1);
            Realization lastRealization = byPeriod.get(last);
            if (lastRealization == null) {
                return incomplete("rollup.last-period-missing", last);
            }
            return known(lastRealization, "yearly.last-period");
        }
        List<ReportingPeriod> missing = expected.stream()
                .filter(period -> !byPeriod.containsKey(period))
                .toList();
        if (!missing.isEmpty()) {
            return incomplete("rollup.periods-missing", missing);
        }
        List<Realization> periods = expected.stream().map(byPeriod::get).toList();
        if (periods.stream().anyMatch(realization -> realization.value().amount() == null)) {
            return incomplete("rollup.words");
        }
        BigDecimal sum = BigDecimal.ZERO;
        int scale = 0;
        List<Explanation> terms = new ArrayList<>();
        for (Realization realization : periods) {
            BigDecimal amount = realization.value().amount();
            sum = sum.add(amount);
            scale = Math.max(scale, amount.scale());
            terms.add(Explanation.of("yearly.term", realization.period(), amount));
        }
        if (definition.rollup() == PeriodRollup.SUM) {
            return new Known(sum, null, periods, Explanation.of("yearly.sum", terms, sum));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(periods.size()), scale, RoundingMode.HALF_UP);
        return new Known(mean, null, periods, Explanation.of("yearly.mean", terms, sum, periods.size(), mean, scale));
    }

    /** Not enough to make the year's value: the reason is its own explanation. */
    private static Incomplete incomplete(String reasonCode, Object... arguments) {
        Explanation reason = Explanation.of(reasonCode, arguments);
        return new Incomplete(reasonCode, reason.arguments(), reason);
    }

    /**
     * One realization stands for the year. The explanation's arguments: the period, the value (a number or
     * the words recorded), and where it came from.
     */
    private static Known known(Realization realization, String rule) {
        Realization.RealizedValue value = realization.value();
        Object shown = value.amount() == null ? value.text() : value.amount();
        Explanation source = value.source().reference() == null
                ? Explanation.of("yearly.source", value.source().kind())
                : Explanation.of(
                        "yearly.source-with-reference",
                        value.source().kind(),
                        value.source().reference());
        return new Known(
                value.amount(),
                value.text(),
                List.of(realization),
                Explanation.of(rule, realization.period(), shown, source));
    }
}
