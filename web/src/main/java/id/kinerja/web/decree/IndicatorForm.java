package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.choice;
import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.integer;
import static id.kinerja.web.page.WrittenValues.lines;
import static id.kinerja.web.page.WrittenValues.number;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.indicator.PeriodRollup;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.indicator.ValidRange;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.Actor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An indicator of a draft's objective with its valid range (optional) and up to three yearly targets, each
 * number written the Indonesian way; and what the API also lets a draft's indicator carry — the responsible unit,
 * the baseline, the roll-up, the lower-is-better rule, and for a satisfaction index the services surveyed (the
 * services a survey of it is planned for) and how they combine.
 */
@Introspected
@Serdeable.Deserializable
public record IndicatorForm(
        @Nullable @NotBlank String objectiveId,
        @Nullable @Size(max = 20) String code,
        @Nullable @NotBlank @Size(max = 500) String name,
        @Nullable @Size(max = 4000) String definition,
        @Nullable @Size(max = 4000) String formula,
        @Nullable @Size(max = 50) String unitOfMeasure,
        @Nullable String kind,
        @Nullable String polarity,
        @Nullable String frequency,
        @Nullable @Size(max = 500) String dataSource,
        @Nullable @Size(max = 50) String validMinimum,
        @Nullable @Size(max = 50) String validMaximum,
        @Nullable @Size(max = 10) String targetYear1,
        @Nullable @Size(max = 50) String targetValue1,
        @Nullable @Size(max = 50) String targetCategory1,
        @Nullable @Size(max = 10) String targetYear2,
        @Nullable @Size(max = 50) String targetValue2,
        @Nullable @Size(max = 50) String targetCategory2,
        @Nullable @Size(max = 10) String targetYear3,
        @Nullable @Size(max = 50) String targetValue3,
        @Nullable @Size(max = 50) String targetCategory3,
        @Nullable @Size(max = 40) String responsibleUnitId,
        @Nullable @Size(max = 50) String baselineValue,
        @Nullable @Size(max = 10) String baselineYear,
        @Nullable String rollup,
        @Nullable String lowerIsBetterRule,
        @Nullable @Size(max = 10000) String surveyedServices,
        @Nullable String serviceCombination) {

    static IndicatorForm empty() {
        return new IndicatorForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A target row of the form as typed, for showing the form again. */
    @Introspected
    public record TargetRow(String year, String value, String category) {}

    public List<TargetRow> targetRows() {
        return List.of(
                new TargetRow(targetYear1, targetValue1, targetCategory1),
                new TargetRow(targetYear2, targetValue2, targetCategory2),
                new TargetRow(targetYear3, targetValue3, targetCategory3));
    }

    DefineIndicator.Command command(Actor by) {
        IndicatorKind chosenKind = choice(IndicatorKind.class, kind, IndicatorKind.NUMERIC, "kind");
        UUID objective = id(objectiveId, "objectiveId");
        Polarity direction = choice(Polarity.class, polarity, Polarity.HIGHER_IS_BETTER, "polarity");
        return new DefineIndicator.Command(
                by,
                objective == null ? null : new ObjectiveId(objective),
                new IndicatorDefinition(
                        text(code),
                        text(name),
                        text(definition),
                        text(formula),
                        text(unitOfMeasure),
                        chosenKind,
                        direction,
                        IndicatorFields.rule(direction, lowerIsBetterRule),
                        text(dataSource),
                        IndicatorFields.responsibleUnit(responsibleUnitId),
                        choice(MeasurementFrequency.class, frequency, MeasurementFrequency.ANNUAL, "frequency"),
                        // left empty: the kind's own roll-up and combination, as the API does
                        choice(PeriodRollup.class, rollup, null, "rollup"),
                        IndicatorFields.baseline(baselineValue, baselineYear),
                        lines(surveyedServices),
                        choice(ServiceCombination.class, serviceCombination, null, "serviceCombination"),
                        new ValidRange(number(validMinimum, "validMinimum"), number(validMaximum, "validMaximum"))),
                targets(chosenKind));
    }

    private List<Target> targets(IndicatorKind chosenKind) {
        List<Target> targets = new ArrayList<>();
        addTarget(targets, chosenKind, 1, targetYear1, targetValue1, targetCategory1);
        addTarget(targets, chosenKind, 2, targetYear2, targetValue2, targetCategory2);
        addTarget(targets, chosenKind, 3, targetYear3, targetValue3, targetCategory3);
        return targets;
    }

    private static void addTarget(
            List<Target> targets, IndicatorKind kind, int row, String year, String value, String category) {
        Integer targetYear = integer(year, "targetYear" + row);
        String written = text(value);
        if (targetYear == null && written == null) {
            return;
        }
        InvalidValue.requirePresent(targetYear, "targetYear" + row);
        InvalidValue.requirePresent(written, "targetValue" + row);
        TargetValue target = kind == IndicatorKind.QUALITATIVE
                ? new TargetValue.Qualitative(written)
                : new TargetValue.Numeric(number(written, "targetValue" + row));
        targets.add(new Target(Year.of(targetYear), target, text(category)));
    }
}
