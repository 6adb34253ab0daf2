package id.kinerja.domain.survey;

import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.organization.ClosedYears;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.satisfaction.WeightVariant;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.UnitStewardship;
import java.util.List;
import java.util.Map;

/**
 * Opens a satisfaction survey. When it measures an indicator, that indicator must be a satisfaction index;
 * the survey then takes the indicator's services (unless it names its own) and its rule for combining them;
 * a survey of no indicator names its rule, POOLED by default.
 */
public final class PlanSurvey {
    private final Surveys surveys;
    private final OrganizationUnits units;
    private final Indicators indicators;
    private final UnitStewardship stewardship;
    private final ClosedYears closedYears;
    private final Transactions transactions;

    public PlanSurvey(
            Surveys surveys,
            OrganizationUnits units,
            Indicators indicators,
            UnitAssignments assignments,
            ClosedYears closedYears,
            Transactions transactions) {
        this.surveys = surveys;
        this.units = units;
        this.indicators = indicators;
        this.stewardship = new UnitStewardship(assignments, units);
        this.closedYears = closedYears;
        this.transactions = transactions;
    }

    /** A survey to open; {@code by} the evaluator, who must serve the surveyed unit. */
    public record Command(
            String by,
            OrganizationUnitId unitId,
            IndicatorId indicatorId,
            Year year,
            ReportingPeriod period,
            Methodology methodology,
            WeightVariant weight,
            ServiceCombination combination,
            Long population,
            List<String> services,
            Map<String, String> questions) {}

    public Survey plan(Command command) {
        return transactions.inTransaction(() -> {
            InvalidValue.requireText(command.by(), "by");
            InvalidValue.requirePresent(command.unitId(), "unitId");
            units.get(command.unitId());
            stewardship.requireServes(command.by(), command.unitId(), "survey.not-responsible", "survey it");
            InvalidValue.requirePresent(command.year(), "year");
            closedYears.requireOpen(command.unitId(), command.year());
            List<String> services = command.services() == null ? List.of() : command.services();
            ServiceCombination combination =
                    command.combination() == null ? ServiceCombination.POOLED : command.combination();
            if (command.indicatorId() != null) {
                Indicator indicator = indicators.get(command.indicatorId());
                if (indicator.definition().kind() != IndicatorKind.SATISFACTION_INDEX) {
                    throw new RuleViolation(
                            "survey.indicator-not-index",
                            "indicatorId",
                            "indicator " + indicator.definition().name() + " is not a satisfaction index",
                            indicator.definition().name());
                }
                ServiceCombination ruleOfIndicator = indicator.definition().serviceCombination();
                if (command.combination() != null && command.combination() != ruleOfIndicator) {
                    throw new RuleViolation(
                            "survey.combination-of-indicator",
                            "combination",
                            "the indicator combines its services by " + ruleOfIndicator,
                            ruleOfIndicator.name());
                }
                combination = ruleOfIndicator;
                services = services.isEmpty() ? indicator.definition().surveyedServices() : services;
            }
            return surveys.save(Survey.plan(
                    command.unitId(),
                    command.indicatorId(),
                    command.year(),
                    command.period(),
                    command.methodology(),
                    command.weight(),
                    combination,
                    command.population(),
                    services,
                    command.questions()));
        });
    }
}
