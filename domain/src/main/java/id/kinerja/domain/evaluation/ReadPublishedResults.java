package id.kinerja.domain.evaluation;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyOutcome;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Hasil terbuka: what anyone may read without signing in — for a unit that opted in, the year it closed,
 * evaluated from verified realizations only (a draft, a submitted or a returned value counts as not filled),
 * with the survey result behind each IKM (respondents and mutu). An open year, or a unit that did not opt in,
 * shows nothing.
 */
public final class ReadPublishedResults {
    private final ResultPublications publications;
    private final OrganizationUnits units;
    private final Decrees decrees;
    private final Objectives objectives;
    private final PlanPeriods periods;
    private final Indicators indicators;
    private final Realizations realizations;
    private final YearClosures closures;
    private final RatingScales scales;
    private final ReadSurveyResult surveys;
    private final AgreedTargets agreed;

    public ReadPublishedResults(
            ResultPublications publications,
            OrganizationUnits units,
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            Realizations realizations,
            YearClosures closures,
            RatingScales scales,
            ReadSurveyResult surveys) {
        this(
                publications,
                units,
                decrees,
                objectives,
                periods,
                indicators,
                realizations,
                closures,
                scales,
                surveys,
                AgreedTargets.NONE);
    }

    /** Measures each published year against the signed PK's targets where one exists, as every reader does. */
    public ReadPublishedResults(
            ResultPublications publications,
            OrganizationUnits units,
            Decrees decrees,
            Objectives objectives,
            PlanPeriods periods,
            Indicators indicators,
            Realizations realizations,
            YearClosures closures,
            RatingScales scales,
            ReadSurveyResult surveys,
            AgreedTargets agreed) {
        this.agreed = agreed;
        this.publications = publications;
        this.units = units;
        this.decrees = decrees;
        this.objectives = objectives;
        this.periods = periods;
        this.indicators = indicators;
        this.realizations = realizations;
        this.closures = closures;
        this.scales = scales;
        this.surveys = surveys;
    }

    /** A published year: the evaluation from verified figures, and the survey result behind each IKM. */
    public record PublishedResult(UnitEvaluation evaluation, Map<IndicatorId, SurveyOutcome> surveyResults) {
        public PublishedResult {
            surveyResults = Map.copyOf(surveyResults);
        }
    }

    /** Every closed year of every unit that publishes. */
    public List<ResultPublications.PublishedYear> index() {
        return publications.closedYearsOfPublishingUnits();
    }

    /** Whether the unit publishes; what its administrator or planner sees beside the switch. */
    public boolean published(OrganizationUnitId unit) {
        return publications.published(unit);
    }

    /** The unit's year as published, or nothing unless the unit publishes and the year is closed. */
    public Optional<PublishedResult> of(OrganizationUnitId unitId, Year year) {
        Optional<OrganizationUnit> unit = units.find(unitId);
        if (unit.isEmpty() || !publications.published(unitId)) {
            return Optional.empty();
        }
        YearClosure closure = closures.of(unitId, year);
        if (!closure.closed()) {
            return Optional.empty();
        }
        RatingScale scale = scales.find(RatingScale.PERMENDAGRI_86_2017.name()).orElse(RatingScale.PERMENDAGRI_86_2017);
        Map<DecreeId, List<Objective>> byDecree = objectives.ofUnit(unitId).stream()
                .collect(Collectors.groupingBy(Objective::decreeId, LinkedHashMap::new, Collectors.toList()));
        Map<PlanPeriodId, PlanPeriod> plans = new HashMap<>();
        UnitEvaluation evaluation = EvaluateAttainment.evaluate(
                unit.get(),
                year,
                byDecree,
                new EvaluateAttainment.UnitReads(
                        decrees::get,
                        planId -> plans.computeIfAbsent(planId, periods::get),
                        indicators::ofDecree,
                        (ids, upTo) -> realizations.currentOf(ids, upTo).stream()
                                .filter(realization -> realization.status() == ReviewStatus.VERIFIED)
                                .toList(),
                        closure),
                null,
                scale,
                agreed.signedFor(unitId, year),
                null);
        Map<IndicatorId, SurveyOutcome> surveyResults = new HashMap<>();
        for (ObjectiveEvaluation objective : evaluation.objectives()) {
            for (IndicatorEvaluation indicator : objective.indicators()) {
                indicator.year().periods().stream()
                        .filter(realization -> realization.value().source().kind() == Realization.Source.Kind.SURVEY)
                        .findFirst()
                        .flatMap(realization ->
                                surveyResult(realization.value().source().reference()))
                        .ifPresent(outcome ->
                                surveyResults.put(indicator.indicator().id(), outcome));
            }
        }
        return Optional.of(new PublishedResult(evaluation, surveyResults));
    }

    /** The result version a survey realization names ("survey id/version"), if it can still be read. */
    private Optional<SurveyOutcome> surveyResult(String reference) {
        int slash = reference == null ? -1 : reference.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        SurveyId survey = new SurveyId(UUID.fromString(reference.substring(0, slash)));
        int version = Integer.parseInt(reference.substring(slash + 1));
        return surveys.history(survey).stream()
                .filter(outcome -> outcome.version() == version)
                .findFirst();
    }
}
