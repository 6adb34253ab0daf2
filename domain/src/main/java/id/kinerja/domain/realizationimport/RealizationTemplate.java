package id.kinerja.domain.realizationimport;

import id.kinerja.domain.evaluation.AttainmentCap;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ObjectiveEvaluation;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.UnitStewardship;
import java.util.ArrayList;
import java.util.List;

/**
 * What a unit's realization sheet for a year and a period holds: every indicator of the decree in force that year
 * (as the attainment page chooses it) realized in that period, with its objective, the target it is measured
 * against and the realization already recorded. The evaluator who asks must serve the unit.
 */
public final class RealizationTemplate {
    private final EvaluateAttainment evaluations;
    private final UnitStewardship stewardship;

    public RealizationTemplate(EvaluateAttainment evaluations, UnitAssignments assignments, OrganizationUnits units) {
        this.evaluations = evaluations;
        this.stewardship = new UnitStewardship(assignments, units);
    }

    /** The unit's sheet: the unit, the year and period it is for, and its indicators in the decree's order. */
    public record Template(OrganizationUnit unit, Year year, ReportingPeriod period, List<TemplateLine> lines) {
        public Template {
            lines = List.copyOf(lines);
        }
    }

    public Template of(String by, OrganizationUnitId unit, Year year, ReportingPeriod period) {
        requireServes(by, unit);
        return read(unit, year, period);
    }

    void requireServes(String by, OrganizationUnitId unit) {
        InvalidValue.requirePresent(unit, "unitId");
        stewardship.requireServes(
                InvalidValue.requireText(by, "by"),
                unit,
                "realization.not-responsible",
                "enter the realizations of this unit");
    }

    Template read(OrganizationUnitId unit, Year year, ReportingPeriod period) {
        InvalidValue.requirePresent(year, "year");
        InvalidValue.requirePresent(period, "period");
        UnitEvaluation evaluation = evaluations.ofUnit(unit, year, AttainmentCap.NONE, null);
        List<TemplateLine> lines = new ArrayList<>();
        for (ObjectiveEvaluation objective : evaluation.objectives()) {
            for (IndicatorEvaluation indicator : objective.indicators()) {
                if (!RecordRealization.periodsOf(indicator.indicator().definition())
                        .contains(period)) {
                    continue;
                }
                lines.add(new TemplateLine(
                        objective.objective(),
                        indicator.indicator(),
                        indicator.year().target(),
                        indicator.year().periods().stream()
                                .filter(realization -> realization.period() == period)
                                .findFirst()
                                .orElse(null)));
            }
        }
        return new Template(evaluation.unit(), year, period, lines);
    }
}
