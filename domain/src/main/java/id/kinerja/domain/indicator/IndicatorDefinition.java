package id.kinerja.domain.indicator;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Text;
import java.util.List;

/**
 * What an indicator measures and how, as the decree's annex defines it.
 *
 * @param code the number or code in the annex ("1.1")
 * @param name the indicator as written, e.g. "Indeks Kepuasan Masyarakat (IKM) Pelayanan Umum (…)"
 * @param definition definisi operasional
 * @param formula penjelasan / formulasi perhitungan, as written
 * @param unitOfMeasure satuan: indeks, %, kali, hari, dokumen, Rp…
 * @param lowerIsBetterRule for lower-is-better indicators only; absent means the default rule
 * @param dataSource sumber data, as written
 * @param responsibleUnitId penanggung jawab, when known as a unit
 * @param surveyedServices for a satisfaction index: the services whose users are surveyed
 * @param serviceCombination for a satisfaction index over several services: how they combine
 * @param validRange rentang nilai sah as declared; absent means the kind's default ({@link #effectiveRange()})
 */
public record IndicatorDefinition(
        String code,
        String name,
        String definition,
        String formula,
        String unitOfMeasure,
        IndicatorKind kind,
        Polarity polarity,
        LowerIsBetterRule lowerIsBetterRule,
        String dataSource,
        OrganizationUnitId responsibleUnitId,
        MeasurementFrequency frequency,
        PeriodRollup rollup,
        Baseline baseline,
        List<String> surveyedServices,
        ServiceCombination serviceCombination,
        ValidRange validRange) {

    public IndicatorDefinition {
        Text.requiredParagraph(name, "name", 2000);
        InvalidValue.requirePresent(kind, "kind");
        InvalidValue.requirePresent(polarity, "polarity");
        InvalidValue.requirePresent(frequency, "frequency");
        code = blankToNull(code);
        definition = blankToNull(definition);
        formula = blankToNull(formula);
        unitOfMeasure = blankToNull(unitOfMeasure);
        dataSource = blankToNull(dataSource);
        Text.line(code, "code", 20);
        Text.paragraph(definition, "definition", 8000);
        Text.paragraph(formula, "formula", 8000);
        Text.line(unitOfMeasure, "unitOfMeasure", 50);
        Text.paragraph(dataSource, "dataSource", 1000);
        surveyedServices = Text.lines(surveyedServices, "surveyedServices", 500);
        if (surveyedServices.stream().distinct().count() != surveyedServices.size()) {
            throw new RuleViolation("indicator.duplicate-service", "surveyedServices", "a service is listed twice");
        }
        if (polarity == Polarity.LOWER_IS_BETTER) {
            lowerIsBetterRule =
                    lowerIsBetterRule == null ? LowerIsBetterRule.TWICE_TARGET_MINUS_REALIZATION : lowerIsBetterRule;
        } else if (lowerIsBetterRule != null) {
            throw new RuleViolation(
                    "indicator.rule-without-lower-polarity",
                    "lowerIsBetterRule",
                    "a lower-is-better rule only applies to a lower-is-better indicator");
        }
        if ((kind == IndicatorKind.QUALITATIVE) != (polarity == Polarity.QUALITATIVE)) {
            throw new RuleViolation(
                    "indicator.qualitative-mismatch",
                    "polarity",
                    "a qualitative indicator has qualitative polarity, and only it does");
        }
        if (kind == IndicatorKind.SATISFACTION_INDEX && polarity != Polarity.HIGHER_IS_BETTER) {
            throw new RuleViolation("indicator.index-polarity", "polarity", "a satisfaction index is higher-is-better");
        }
        if (kind != IndicatorKind.SATISFACTION_INDEX && !surveyedServices.isEmpty()) {
            throw new RuleViolation(
                    "indicator.services-without-index",
                    "surveyedServices",
                    "only a satisfaction-index indicator lists surveyed services");
        }
        if (rollup == PeriodRollup.RECOMPUTED_FROM_RESPONSES && kind != IndicatorKind.SATISFACTION_INDEX) {
            throw new RuleViolation(
                    "indicator.rollup-needs-index",
                    "rollup",
                    "only a satisfaction index is recomputed from survey responses");
        }
        if (rollup == null) {
            rollup = kind == IndicatorKind.SATISFACTION_INDEX
                    ? PeriodRollup.RECOMPUTED_FROM_RESPONSES
                    : PeriodRollup.LAST_PERIOD;
        }
        if (kind == IndicatorKind.SATISFACTION_INDEX) {
            serviceCombination = serviceCombination == null ? ServiceCombination.POOLED : serviceCombination;
        } else {
            serviceCombination = null;
        }
        validRange = validRange == null || validRange.isOpen() ? null : validRange;
        if (kind == IndicatorKind.QUALITATIVE && validRange != null) {
            throw new RuleViolation(
                    "indicator.range-on-qualitative", "validMinimum", "a qualitative indicator has no numeric range");
        }
    }

    /** A definition without a declared valid range: the kind's default applies. */
    public IndicatorDefinition(
            String code,
            String name,
            String definition,
            String formula,
            String unitOfMeasure,
            IndicatorKind kind,
            Polarity polarity,
            LowerIsBetterRule lowerIsBetterRule,
            String dataSource,
            OrganizationUnitId responsibleUnitId,
            MeasurementFrequency frequency,
            PeriodRollup rollup,
            Baseline baseline,
            List<String> surveyedServices,
            ServiceCombination serviceCombination) {
        this(
                code,
                name,
                definition,
                formula,
                unitOfMeasure,
                kind,
                polarity,
                lowerIsBetterRule,
                dataSource,
                responsibleUnitId,
                frequency,
                rollup,
                baseline,
                surveyedServices,
                serviceCombination,
                null);
    }

    /** The range values must lie in: the declared one, else the kind's default (an index's 25–100 scale). */
    public ValidRange effectiveRange() {
        return effectiveRange(kind, validRange);
    }

    private static ValidRange effectiveRange(IndicatorKind kind, ValidRange declared) {
        return declared != null ? declared : ValidRange.defaultFor(kind);
    }

    /** Refuses a baseline outside the range; checked when a definition is written, not when one is restored. */
    void requireBaselineInRange() {
        if (baseline != null) {
            effectiveRange().require(baseline.value(), "baseline.value");
        }
    }

    /** Whether values are percentages, so that a written "87,5%" is read as 87,5. */
    public boolean measuredInPercent() {
        return IndonesianNumber.isPercentUnit(unitOfMeasure);
    }

    /** The same definition with another responsible unit (penanggung jawab). */
    public IndicatorDefinition withResponsibleUnit(OrganizationUnitId unit) {
        return new IndicatorDefinition(
                code,
                name,
                definition,
                formula,
                unitOfMeasure,
                kind,
                polarity,
                lowerIsBetterRule,
                dataSource,
                unit,
                frequency,
                rollup,
                baseline,
                surveyedServices,
                serviceCombination,
                validRange);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
