package id.kinerja.domain.evaluation;

import id.kinerja.domain.evaluation.Realization.Narrative;
import id.kinerja.domain.evaluation.Realization.RealizedValue;
import id.kinerja.domain.evaluation.Realization.Source;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.indicator.PeriodRollup;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotPermitted;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.domain.user.Actor;
import id.kinerja.domain.user.Role;
import id.kinerja.domain.user.UnitAssignments;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * An evaluator records what an indicator achieved in a period, revises it while it is a draft or returned,
 * and opens a correction of a verified one with a reason. The value is entered, or taken from the latest
 * result of a survey that measures the indicator (its published IKM, as the report prints it).
 */
public final class RecordRealization {
    private final Indicators indicators;
    private final Objectives objectives;
    private final PlanPeriods periods;
    private final Realizations realizations;
    private final YearClosures closures;
    private final ReadSurveyResult surveyResults;
    private final ResponsibleEvaluator evaluators;
    private final Transactions transactions;

    public RecordRealization(
            Indicators indicators,
            Objectives objectives,
            PlanPeriods periods,
            Realizations realizations,
            YearClosures closures,
            ReadSurveyResult surveyResults,
            UnitAssignments assignments,
            OrganizationUnits units,
            Transactions transactions) {
        this.indicators = indicators;
        this.objectives = objectives;
        this.periods = periods;
        this.realizations = realizations;
        this.closures = closures;
        this.surveyResults = surveyResults;
        this.evaluators = new ResponsibleEvaluator(assignments, units);
        this.transactions = transactions;
    }

    /** The longest words a qualitative realization keeps (the column's length). */
    static final int MAX_WORDS = 500;

    /**
     * What was achieved: a number, words for a qualitative indicator, or the survey whose result it is. For a
     * numeric indicator, a {@code text} is the number as written, read here by the one Indonesian rule
     * ({@link IndonesianNumber}) with the indicator's unit, so that "87,5%" is accepted only for a percentage.
     *
     * @param period absent for a survey's result: the survey's own period
     * @param by the evaluator, who must serve the indicator's responsible unit
     */
    public record Command(
            String by,
            IndicatorId indicatorId,
            Year year,
            ReportingPeriod period,
            BigDecimal amount,
            String text,
            SurveyId fromSurvey,
            Narrative narrative) {}

    /** The new value of a draft or returned realization. */
    public record Revision(
            String by,
            RealizationId id,
            long expectedVersion,
            BigDecimal amount,
            String text,
            SurveyId fromSurvey,
            Narrative narrative) {}

    /**
     * Whether the person may change the indicator's figures of the year at all: they serve its responsible unit
     * and the year is open. Pages offer their forms only then, rather than a form that will always be refused.
     */
    public boolean mayChange(String username, IndicatorId indicatorId, Year year) {
        Indicator indicator = indicators.get(indicatorId);
        Objective objective = objectives.get(indicator.objectiveId());
        return evaluators.serves(username, indicator, objective)
                && !closures.of(objective.unitId(), year).closed();
    }

    /** Whether the person serves the unit responsible for the indicator (whatever the year). */
    public boolean serves(String username, IndicatorId indicatorId) {
        Indicator indicator = indicators.get(indicatorId);
        return evaluators.serves(username, indicator, objectives.get(indicator.objectiveId()));
    }

    public Realization record(Command command) {
        return record(command, null);
    }

    /**
     * Records a value read from an imported file (issue 14): the same rules as a value entered by hand, with
     * the import as its source.
     *
     * @param fileName the imported file, named as the source's reference
     */
    public Realization recordImported(Command command, String fileName) {
        return record(command, new Source(Source.Kind.IMPORT, fileName));
    }

    /** Replaces a draft or returned realization's value with one read from an imported file. */
    public Realization reviseImported(Revision revision, String fileName) {
        return revise(revision, new Source(Source.Kind.IMPORT, fileName));
    }

    private Realization record(Command command, Source imported) {
        return transactions.inTransaction(() -> {
            Indicator indicator = indicators.get(command.indicatorId());
            evaluators.require(command.by(), indicator, objectives.get(indicator.objectiveId()));
            InvalidValue.requirePresent(command.year(), "year");
            Measured measured = measure(
                    indicator,
                    command.year(),
                    command.period(),
                    command.amount(),
                    command.text(),
                    command.fromSurvey());
            requireRecordable(indicator, command.year(), measured.period());
            realizations
                    .current(indicator.id(), command.year(), measured.period())
                    .ifPresent(existing -> {
                        throw existing.status() == ReviewStatus.VERIFIED
                                ? new ConflictingState(
                                        "realization.verified-exists",
                                        "period",
                                        "the " + measured.period() + " " + command.year()
                                                + " realization is verified; reopen it with a reason to correct it",
                                        existing.id().toString())
                                : new ConflictingState(
                                        "realization.exists",
                                        "period",
                                        "the " + measured.period() + " " + command.year()
                                                + " realization exists already; revise it instead",
                                        existing.id().toString());
                    });
            return realizations.save(Realization.record(
                    indicator.id(),
                    command.year(),
                    measured.period(),
                    sourced(measured.value(), imported),
                    command.narrative(),
                    null,
                    command.by()));
        });
    }

    public Realization revise(Revision revision) {
        return revise(revision, null);
    }

    private Realization revise(Revision revision, Source imported) {
        return transactions.inTransaction(() -> {
            Realization realization = realizations.get(revision.id());
            StaleVersion.check("realization", realization.id(), revision.expectedVersion(), realization.version());
            Indicator indicator = indicators.get(realization.indicatorId());
            evaluators.require(revision.by(), indicator, objectives.get(indicator.objectiveId()));
            Measured measured = measure(
                    indicator,
                    realization.year(),
                    realization.period(),
                    revision.amount(),
                    revision.text(),
                    revision.fromSurvey());
            if (measured.period() != realization.period()) {
                throw new RuleViolation(
                        "realization.survey-period",
                        "fromSurvey",
                        "the survey covers " + measured.period() + ", this realization " + realization.period(),
                        measured.period(),
                        realization.period());
            }
            requireRecordable(indicator, realization.year(), realization.period());
            realization.revise(
                    revision.expectedVersion(),
                    sourced(measured.value(), imported),
                    revision.narrative(),
                    revision.by());
            return realizations.save(realization);
        });
    }

    /**
     * New words for a draft or returned realization, its value and source kept as they are: a value taken from
     * a survey stays the survey's, at the result version it was taken from.
     */
    public Realization reviseNarrative(String by, RealizationId id, long expectedVersion, Narrative narrative) {
        return transactions.inTransaction(() -> {
            Realization realization = realizations.get(id);
            StaleVersion.check("realization", realization.id(), expectedVersion, realization.version());
            Indicator indicator = indicators.get(realization.indicatorId());
            evaluators.require(by, indicator, objectives.get(indicator.objectiveId()));
            requireRecordable(indicator, realization.year(), realization.period());
            realization.revise(expectedVersion, realization.value(), narrative, by);
            return realizations.save(realization);
        });
    }

    /**
     * Opens a correction of a verified realization: a new draft with the same value, naming the verified one
     * and the reason. The verified one stays as it was, readable in the period's chain. An auditor or an
     * administrator reopens any unit's realization; an evaluator only one of a unit they serve.
     */
    public Realization reopen(Actor by, RealizationId id, long expectedVersion, String reason) {
        InvalidValue.requirePresent(by, "by");
        return transactions.inTransaction(() -> {
            Realization verified = realizations.get(id);
            requireMayReopen(by, verified);
            StaleVersion.check("realization", id, expectedVersion, verified.version());
            if (verified.status() != ReviewStatus.VERIFIED) {
                throw new ConflictingState(
                        "realization.reopen-unverified",
                        "status",
                        "only a verified realization is reopened; a " + verified.status() + " one is revised",
                        verified.status());
            }
            Realization current = realizations
                    .current(verified.indicatorId(), verified.year(), verified.period())
                    .orElseThrow();
            if (!current.id().equals(id)) {
                throw new ConflictingState(
                        "realization.superseded",
                        null,
                        "this realization was corrected already by " + current.id(),
                        current.id().toString());
            }
            requireRecordable(indicators.get(verified.indicatorId()), verified.year(), verified.period());
            return realizations.save(Realization.correctionOf(verified, reason, by.username()));
        });
    }

    private void requireMayReopen(Actor by, Realization verified) {
        if (by.holds(Role.AUDITOR) || by.holds(Role.ADMIN)) {
            return;
        }
        if (!by.holds(Role.EVALUATOR)) {
            throw new NotPermitted(
                    "realization.reopen-role",
                    "only an evaluator, an auditor or an administrator reopens a verified realization",
                    by.username());
        }
        Indicator indicator = indicators.get(verified.indicatorId());
        evaluators.require(by.username(), indicator, objectives.get(indicator.objectiveId()));
    }

    private record Measured(ReportingPeriod period, RealizedValue value) {}

    /** The value with the import as its source, when it was read from a file. */
    private static RealizedValue sourced(RealizedValue value, Source imported) {
        return imported == null ? value : new RealizedValue(value.amount(), value.text(), imported);
    }

    private Measured measure(
            Indicator indicator, Year year, ReportingPeriod period, BigDecimal amount, String text, SurveyId survey) {
        boolean qualitative = indicator.definition().kind() == IndicatorKind.QUALITATIVE;
        if (survey != null) {
            if (amount != null || (text != null && !text.isBlank())) {
                throw new InvalidValue("realization.value-and-survey", "value", "give a value or a survey, not both");
            }
            return fromSurvey(indicator, year, period, survey);
        }
        InvalidValue.requirePresent(period, "period");
        if (qualitative) {
            if (amount != null || text == null || text.isBlank()) {
                throw new InvalidValue(
                        "realization.needs-words", "value", "a qualitative indicator is realized in words, like WTP");
            }
            if (text.strip().length() > MAX_WORDS) {
                throw new InvalidValue(
                        "realization.words-too-long",
                        "value",
                        "a qualitative realization has at most " + MAX_WORDS + " characters",
                        MAX_WORDS);
            }
            return new Measured(period, new RealizedValue(null, text.strip(), new Source(Source.Kind.ENTERED, null)));
        }
        if (amount == null && text != null && !text.isBlank()) {
            amount =
                    IndonesianNumber.parse(text, "value", indicator.definition().measuredInPercent());
        }
        if (amount == null) {
            throw new InvalidValue("realization.needs-number", "value", "this indicator is realized as a number");
        }
        indicator.definition().effectiveRange().require(amount, "value");
        return new Measured(
                period,
                new RealizedValue(
                        TargetValue.requirePrecision(amount, "value"), null, new Source(Source.Kind.ENTERED, null)));
    }

    private Measured fromSurvey(Indicator indicator, Year year, ReportingPeriod period, SurveyId surveyId) {
        SurveyOutcome outcome = surveyResults.current(surveyId);
        boolean measuresIndicator =
                outcome.survey().indicatorId().map(indicator.id()::equals).orElse(false);
        if (!measuresIndicator) {
            throw new RuleViolation(
                    "realization.survey-other-indicator",
                    "fromSurvey",
                    "survey " + surveyId + " does not measure this indicator",
                    surveyId.toString());
        }
        if (!outcome.survey().year().equals(year)) {
            throw new RuleViolation(
                    "realization.survey-year",
                    "fromSurvey",
                    "the survey is of " + outcome.survey().year() + ", the realization of " + year,
                    outcome.survey().year().value(),
                    year.value());
        }
        ReportingPeriod surveyed = outcome.survey().period();
        if (period != null && period != surveyed) {
            throw new RuleViolation(
                    "realization.survey-period",
                    "period",
                    "the survey covers " + surveyed + ", the realization " + period,
                    surveyed,
                    period);
        }
        BigDecimal index = outcome.combined()
                .index()
                .orElseThrow(() -> new RuleViolation(
                        "realization.survey-not-computable",
                        "fromSurvey",
                        "the survey has no computable index yet: import its responses first",
                        surveyId.toString()));
        return new Measured(
                surveyed,
                new RealizedValue(
                        index,
                        null,
                        new Source(
                                Source.Kind.SURVEY,
                                // the survey and its result version; the methodology is the survey's own
                                surveyId + "/" + outcome.version())));
    }

    /** The period must be one the indicator is measured in, in its plan period, and the year still open. */
    private void requireRecordable(Indicator indicator, Year year, ReportingPeriod period) {
        IndicatorDefinition definition = indicator.definition();
        if (!periodsOf(definition).contains(period)) {
            throw new RuleViolation(
                    "realization.period-frequency",
                    "period",
                    "a " + definition.frequency() + " indicator is not realized per " + period,
                    definition.frequency(),
                    period);
        }
        Objective objective = objectives.get(indicator.objectiveId());
        PlanPeriod plan = periods.get(objective.planPeriodId());
        if (!plan.covers(year)) {
            throw new RuleViolation(
                    "realization.outside-period",
                    "year",
                    year + " lies outside the plan period " + plan.firstYear() + "–" + plan.lastYear(),
                    year.value(),
                    plan.firstYear().value(),
                    plan.lastYear().value());
        }
        CloseYear.requireOpen(closures, objective.unitId(), year);
    }

    /**
     * The periods an indicator is realized in: those of its frequency, and the whole year too for an index
     * recomputed from the year's pooled responses.
     */
    public static Set<ReportingPeriod> periodsOf(IndicatorDefinition definition) {
        Set<ReportingPeriod> periods = definition.frequency() == MeasurementFrequency.QUARTERLY
                ? EnumSet.of(ReportingPeriod.Q1, ReportingPeriod.Q2, ReportingPeriod.Q3, ReportingPeriod.Q4)
                : definition.frequency() == MeasurementFrequency.SEMESTER
                        ? EnumSet.of(ReportingPeriod.S1, ReportingPeriod.S2)
                        : EnumSet.of(ReportingPeriod.ANNUAL);
        if (definition.rollup() == PeriodRollup.RECOMPUTED_FROM_RESPONSES) {
            periods.add(ReportingPeriod.ANNUAL);
        }
        return periods;
    }
}
