package id.kinerja.api.indicator;

import id.kinerja.domain.indicator.Baseline;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorChange;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.LowerIsBetterRule;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.PeriodRollup;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Warning;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.problem.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of indicators and targets. Decimals travel as JSON numbers with their written scale. */
public final class IndicatorResources {
    private IndicatorResources() {}

    /**
     * A target in exactly one form: {@code value} for a number, {@code lower} and {@code upper} for a range,
     * {@code text} for a qualitative target; {@code category} is the promised category ("Baik").
     */
    @Serdeable
    public record TargetBody(
            @NotNull Integer year,
            @Nullable BigDecimal value,
            @Nullable BigDecimal lower,
            @Nullable BigDecimal upper,
            @Nullable @Size(max = 500) String text,
            @Nullable @Size(max = 100) String category) {

        Target toTarget() {
            boolean number = value != null;
            boolean range = lower != null || upper != null;
            boolean qualitative = text != null && !text.isBlank();
            if ((number ? 1 : 0) + (range ? 1 : 0) + (qualitative ? 1 : 0) != 1) {
                throw new InvalidValue("target.value-form", "value", "a target takes exactly one form");
            }
            TargetValue targetValue = number
                    ? new TargetValue.Numeric(value)
                    : range
                            ? new TargetValue.Range(
                                    InvalidValue.requirePresent(lower, "lower"),
                                    InvalidValue.requirePresent(upper, "upper"))
                            : new TargetValue.Qualitative(text);
            return new Target(Year.of(year), targetValue, category);
        }
    }

    @Serdeable
    public record TargetChange(
            @NotNull Long version, @NotNull @Valid TargetBody target) {}

    @Serdeable
    public record TargetResponse(
            int year,
            String kind,
            @Nullable BigDecimal value,
            @Nullable BigDecimal lower,
            @Nullable BigDecimal upper,
            @Nullable String text,
            @Nullable String category,
            String display) {

        public static TargetResponse of(Target target) {
            TargetValue value = target.value();
            BigDecimal number = value instanceof TargetValue.Numeric n ? n.amount() : null;
            BigDecimal lower = value instanceof TargetValue.Range r ? r.lower() : null;
            BigDecimal upper = value instanceof TargetValue.Range r ? r.upper() : null;
            String text = value instanceof TargetValue.Qualitative q ? q.text() : null;
            String kind = number != null ? "NUMERIC" : lower != null ? "RANGE" : "QUALITATIVE";
            return new TargetResponse(
                    target.year().value(),
                    kind,
                    number,
                    lower,
                    upper,
                    text,
                    target.promisedCategory(),
                    target.display());
        }
    }

    @Serdeable
    public record BaselineBody(
            @NotNull BigDecimal value, @NotNull Integer year) {}

    /** An indicator's definition; on a revision, with the version it was read at. */
    @Serdeable
    public record IndicatorRequest(
            @Nullable @Size(max = 20) String code,
            @NotBlank @Size(max = 2000) String name,
            @Nullable @Size(max = 8000) String definition,
            @Nullable @Size(max = 8000) String formula,
            @Nullable @Size(max = 50) String unitOfMeasure,
            @NotNull IndicatorKind kind,
            @NotNull Polarity polarity,
            @Nullable LowerIsBetterRule lowerIsBetterRule,
            @Nullable @Size(max = 1000) String dataSource,
            @Nullable UUID responsibleUnitId,
            @Nullable MeasurementFrequency frequency,
            @Nullable PeriodRollup rollup,
            @Nullable @Valid BaselineBody baseline,
            @Nullable List<@NotBlank String> surveyedServices,
            @Nullable ServiceCombination serviceCombination,
            @Nullable List<@NotNull @Valid TargetBody> targets,
            @Nullable Long version) {

        IndicatorDefinition toDefinition() {
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
                    responsibleUnitId == null ? null : new OrganizationUnitId(responsibleUnitId),
                    frequency == null ? MeasurementFrequency.ANNUAL : frequency,
                    rollup,
                    baseline == null ? null : new Baseline(baseline.value(), Year.of(baseline.year())),
                    surveyedServices,
                    serviceCombination);
        }

        List<Target> toTargets() {
            return targets == null
                    ? List.of()
                    : targets.stream().map(TargetBody::toTarget).toList();
        }
    }

    /** Something stored as asked but worth a second look, in both languages. */
    @Serdeable
    public record WarningResponse(String code, @Nullable String field, Messages.Bilingual messages) {
        static WarningResponse of(Warning warning, Messages texts) {
            return new WarningResponse(
                    warning.code(), warning.field(), texts.render(warning.code(), warning.arguments()));
        }
    }

    @Serdeable
    public record IndicatorResponse(
            UUID id,
            UUID objectiveId,
            UUID decreeId,
            @Nullable String code,
            String name,
            @Nullable String definition,
            @Nullable String formula,
            @Nullable String unitOfMeasure,
            IndicatorKind kind,
            Polarity polarity,
            @Nullable LowerIsBetterRule lowerIsBetterRule,
            @Nullable String dataSource,
            @Nullable UUID responsibleUnitId,
            MeasurementFrequency frequency,
            PeriodRollup rollup,
            @Nullable BaselineBody baseline,
            List<String> surveyedServices,
            @Nullable ServiceCombination serviceCombination,
            List<TargetResponse> targets,
            long version,
            @Nullable List<WarningResponse> warnings) {

        static IndicatorResponse of(Indicator indicator) {
            return of(indicator, null);
        }

        public static IndicatorResponse of(IndicatorChange change, Messages texts) {
            return of(
                    change.indicator(),
                    change.warnings().stream()
                            .map(warning -> WarningResponse.of(warning, texts))
                            .toList());
        }

        private static IndicatorResponse of(Indicator indicator, List<WarningResponse> warnings) {
            IndicatorDefinition d = indicator.definition();
            return new IndicatorResponse(
                    indicator.id().value(),
                    indicator.objectiveId().value(),
                    indicator.decreeId().value(),
                    d.code(),
                    d.name(),
                    d.definition(),
                    d.formula(),
                    d.unitOfMeasure(),
                    d.kind(),
                    d.polarity(),
                    d.lowerIsBetterRule(),
                    d.dataSource(),
                    d.responsibleUnitId() == null ? null : d.responsibleUnitId().value(),
                    d.frequency(),
                    d.rollup(),
                    d.baseline() == null
                            ? null
                            : new BaselineBody(
                                    d.baseline().value(), d.baseline().year().value()),
                    d.surveyedServices(),
                    d.serviceCombination(),
                    indicator.targets().stream().map(TargetResponse::of).toList(),
                    indicator.version(),
                    warnings);
        }
    }
}
