package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.choice;
import static id.kinerja.web.page.WrittenValues.lines;
import static id.kinerja.web.page.WrittenValues.number;
import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.PeriodRollup;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.ReviseIndicator;
import id.kinerja.domain.indicator.ValidRange;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.user.Actor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An indicator of a draft decree revised on its page: all of its definition the API revises — code, name,
 * operational definition, formula, unit of measure, kind, direction and its lower-is-better rule, measurement
 * frequency and roll-up, data source, responsible unit, baseline, surveyed services and their combination, valid
 * range. Targets change through their own form on the decree's page.
 */
@Introspected
@Serdeable.Deserializable
public record IndicatorRevisionForm(
        @Nullable @NotBlank @Size(max = 20) String version,
        @Nullable @Size(max = 20) String code,
        @Nullable @NotBlank @Size(max = 500) String name,
        @Nullable @Size(max = 4000) String definition,
        @Nullable @Size(max = 4000) String formula,
        @Nullable @Size(max = 50) String unitOfMeasure,
        @Nullable String polarity,
        @Nullable @Size(max = 500) String dataSource,
        @Nullable @Size(max = 50) String validMinimum,
        @Nullable @Size(max = 50) String validMaximum,
        @Nullable String kind,
        @Nullable String frequency,
        @Nullable @Size(max = 40) String responsibleUnitId,
        @Nullable @Size(max = 50) String baselineValue,
        @Nullable @Size(max = 10) String baselineYear,
        @Nullable String rollup,
        @Nullable String lowerIsBetterRule,
        @Nullable @Size(max = 10000) String surveyedServices,
        @Nullable String serviceCombination) {

    /** The form filled with the indicator as it stands, its numbers written the Indonesian way the form reads. */
    static IndicatorRevisionForm of(Indicator indicator) {
        IndicatorDefinition current = indicator.definition();
        ValidRange range = current.validRange();
        return new IndicatorRevisionForm(
                String.valueOf(indicator.version()),
                current.code(),
                current.name(),
                current.definition(),
                current.formula(),
                current.unitOfMeasure(),
                current.polarity().name(),
                current.dataSource(),
                range == null ? null : IndicatorFields.written(range.minimum()),
                range == null ? null : IndicatorFields.written(range.maximum()),
                current.kind().name(),
                current.frequency().name(),
                current.responsibleUnitId() == null
                        ? null
                        : current.responsibleUnitId().value().toString(),
                current.baseline() == null
                        ? null
                        : IndicatorFields.written(current.baseline().value()),
                current.baseline() == null
                        ? null
                        : String.valueOf(current.baseline().year().value()),
                IndicatorFields.code(current.rollup()),
                IndicatorFields.code(current.lowerIsBetterRule()),
                IndicatorFields.lines(current.surveyedServices()),
                IndicatorFields.code(current.serviceCombination()));
    }

    ReviseIndicator.Command command(Actor by, Indicator indicator) {
        IndicatorDefinition current = indicator.definition();
        BigDecimal minimum = number(validMinimum, "validMinimum");
        BigDecimal maximum = number(validMaximum, "validMaximum");
        IndicatorKind chosenKind = choice(IndicatorKind.class, kind, current.kind(), "kind");
        Polarity direction = choice(Polarity.class, polarity, current.polarity(), "polarity");
        return new ReviseIndicator.Command(
                by,
                indicator.id(),
                requiredInteger(version, "version"),
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
                        choice(MeasurementFrequency.class, frequency, current.frequency(), "frequency"),
                        // left empty: the kind's own roll-up and combination, as when it was defined
                        choice(PeriodRollup.class, rollup, null, "rollup"),
                        IndicatorFields.baseline(baselineValue, baselineYear),
                        lines(surveyedServices),
                        choice(ServiceCombination.class, serviceCombination, null, "serviceCombination"),
                        // both left empty: the kind's own range (an index's 25–100), as when it was defined
                        minimum == null && maximum == null ? null : new ValidRange(minimum, maximum)));
    }
}
