package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.choice;
import static id.kinerja.web.page.WrittenValues.number;
import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.ReviseIndicator;
import id.kinerja.domain.indicator.ValidRange;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.user.Actor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An indicator of a draft decree revised on its page: the words a planner revises — code, name, operational
 * definition, formula, unit of measure, direction, data source and valid range. What the form does not show
 * (kind, frequency, responsible unit, surveyed services, baseline) is kept as it was; targets change through
 * their own form on the decree's page.
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
        @Nullable @Size(max = 50) String validMaximum) {

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
                range == null ? null : written(range.minimum()),
                range == null ? null : written(range.maximum()));
    }

    private static String written(BigDecimal value) {
        return value == null ? null : IndonesianNumber.format(value);
    }

    ReviseIndicator.Command command(Actor by, Indicator indicator) {
        IndicatorDefinition current = indicator.definition();
        BigDecimal minimum = number(validMinimum, "validMinimum");
        BigDecimal maximum = number(validMaximum, "validMaximum");
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
                        current.kind(),
                        direction,
                        // the rule of a lower-is-better figure goes with that direction (its default when newly chosen)
                        direction == Polarity.LOWER_IS_BETTER ? current.lowerIsBetterRule() : null,
                        text(dataSource),
                        current.responsibleUnitId(),
                        current.frequency(),
                        current.rollup(),
                        current.baseline(),
                        current.surveyedServices(),
                        current.serviceCombination(),
                        // both left empty: the kind's own range (an index's 25–100), as when it was defined
                        minimum == null && maximum == null ? null : new ValidRange(minimum, maximum)));
    }
}
