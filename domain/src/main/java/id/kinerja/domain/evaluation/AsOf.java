package id.kinerja.domain.evaluation;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.shared.Explanation;
import id.kinerja.domain.shared.InvalidValue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Keadaan per tanggal: a report drawn as its figures stood verified at the end of a past day, with the
 * Perjanjian Kinerja and the decree in force that day (ADR 0031). Drafts in progress on that day are not
 * figures; a period with nothing verified by then says so, never 0.
 *
 * @param day the day, in the offices' time (Jakarta): its end is the start of the next day there
 */
public record AsOf(LocalDate day) {
    /** The offices' time, as on issued reports (ADR 0025). */
    public static final ZoneId OFFICE_TIME = ZoneId.of("Asia/Jakarta");

    /** The explanation of a period with nothing verified by the day; its argument is the day (ISO). */
    public static final String NOT_VERIFIED = "yearly.not-verified-as-of";

    public AsOf {
        InvalidValue.requirePresent(day, "asOf");
    }

    /**
     * The day as written ({@code YYYY-MM-DD}); blank means the present. A malformed date and a day after today
     * are refused: a report cannot stand as of a day that has not ended, let alone begun.
     */
    public static Optional<AsOf> parse(String written, Clock clock) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(written.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidValue(
                    "report.as-of.invalid", "asOf", "asOf is a date written YYYY-MM-DD: " + written, written);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), OFFICE_TIME);
        if (day.isAfter(today)) {
            throw new InvalidValue(
                    "report.as-of.future",
                    "asOf",
                    "a report can be drawn as of today or an earlier day, not " + day,
                    day.toString(),
                    today.toString());
        }
        return Optional.of(new AsOf(day));
    }

    /**
     * Why the written day cannot stand, if it cannot: the refusal {@link #parse} throws, handed over instead, for
     * an edge that answers it in its own way (the API as a bad request, the page beside the field).
     */
    public static Optional<InvalidValue> refusal(String written, Clock clock) {
        try {
            parse(written, clock);
            return Optional.empty();
        } catch (InvalidValue refused) {
            return Optional.of(refused);
        }
    }

    /** The end of the day: the first instant of the next day in the offices' time. */
    public Instant end() {
        return day.plusDays(1).atStartOfDay(OFFICE_TIME).toInstant();
    }

    /**
     * Whether the decree was in force on the day as its dates tell: enacted on or before it and not revoked on
     * or before it. (A successor enacted by then is chosen over it by {@link EvaluateAttainment}'s rule, which
     * takes the one that took effect last; a successor enacted later is not in force yet.)
     */
    boolean inForce(Decree decree) {
        return decree.enactedOn().filter(enacted -> !enacted.isAfter(day)).isPresent()
                && decree.revocation().map(revoked -> revoked.on().isAfter(day)).orElse(true);
    }

    /**
     * The evaluation with each figure that had nothing verified by the day saying so: the figure is computed
     * as ever (not filled), only its reason is named for the day.
     */
    IndicatorEvaluation restate(IndicatorEvaluation evaluation) {
        return new IndicatorEvaluation(
                evaluation.indicator(),
                restate(evaluation.year()),
                evaluation.previousYears().stream().map(this::restate).toList(),
                evaluation
                        .endOfPlan()
                        .map(end -> new IndicatorEvaluation.EndOfPlan(end.target(), restate(end.attainment()))));
    }

    private YearFigure restate(YearFigure figure) {
        if (!(figure.value() instanceof YearlyValue.Missing)) {
            return figure;
        }
        return new YearFigure(
                figure.year(),
                figure.target(),
                figure.periods(),
                new YearlyValue.Missing(notVerified()),
                restate(figure.attainment()),
                figure.rating(),
                figure.categoryCheck());
    }

    private Attainment restate(Attainment attainment) {
        return attainment instanceof Attainment.NotFilled ? new Attainment.NotFilled(notVerified()) : attainment;
    }

    private Explanation notVerified() {
        return new Explanation(NOT_VERIFIED, List.of(day.toString()));
    }
}
