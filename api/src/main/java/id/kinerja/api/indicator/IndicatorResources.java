package id.kinerja.api.indicator;

import id.kinerja.api.shared.WrittenNumber;
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
import id.kinerja.domain.indicator.ValidRange;
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

/**
 * The JSON shapes of indicators and targets. Decimals travel as JSON numbers with their written scale; in a
 * request a number may also be a string written the Indonesian way (ADR 0015).
 */
public final class IndicatorResources {
    private IndicatorResources() {}

    /**
     * A target in exactly one form: {@code value} for a number, {@code lower} and {@code upper} for a range,
     * {@code text} for a qualitative target; {@code category} is the promised category ("Baik"). A number is a
     * JSON number or a string written the Indonesian way ("87,50", "1.500"; ADR 0015).
     */
    @Serdeable
    public record TargetBody(
            @NotNull Integer year,
            @Nullable WrittenNumber value,
            @Nullable WrittenNumber lower,
            @Nullable WrittenNumber upper,
            @Nullable @Size(max = 500) String text,
            @Nullable @Size(max = 100) String category) {

        public Target toTarget() {
            BigDecimal value = read(this.value, "value");
            BigDecimal lower = read(this.lower, "lower");
            BigDecimal upper = read(this.upper, "upper");
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

    private static BigDecimal read(WrittenNumber number, String field) {
        return number == null ? null : number.read(field);
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

    /** A baseline as sent: its value a JSON number or a string written the Indonesian way. */
    @Serdeable
    public record BaselineBody(
            @NotNull WrittenNumber value, @NotNull Integer year) {
        Baseline toBaseline() {
            return new Baseline(value.read("baseline.value"), Year.of(year));
        }
    }

    @Serdeable
    public record BaselineResponse(BigDecimal value, int year) {}

    /** Rentang nilai sah as sent: either bound may be absent. */
    @Serdeable
    public record ValidRangeBody(
            @Nullable WrittenNumber minimum, @Nullable WrittenNumber maximum) {
        ValidRange toValidRange() {
            return new ValidRange(read(minimum, "validRange.minimum"), read(maximum, "validRange.maximum"));
        }
    }

    /** The range values must lie in, and whether the indicator declared it or has its kind's default. */
    @Serdeable
    public record ValidRangeResponse(
            @Nullable BigDecimal minimum, @Nullable BigDecimal maximum, boolean declared, String display) {
        static ValidRangeResponse of(IndicatorDefinition definition) {
            ValidRange range = definition.effectiveRange();
            return new ValidRangeResponse(
                    range.minimum(), range.maximum(), definition.validRange() != null, range.display());
        }
    }

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
            @Nullable Long version,
            @Nullable ValidRangeBody validRange) {

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
                    baseline == null ? null : baseline.toBaseline(),
                    surveyedServices,
                    serviceCombination,
                    validRange == null ? null : validRange.toValidRange());
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
            @Nullable BaselineResponse baseline,
            List<String> surveyedServices,
            @Nullable ServiceCombination serviceCombination,
            ValidRangeResponse validRange,
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
                            : new BaselineResponse(
                                    d.baseline().value(), d.baseline().year().value()),
                    d.surveyedServices(),
                    d.serviceCombination(),
                    ValidRangeResponse.of(d),
                    indicator.targets().stream().map(TargetResponse::of).toList(),
                    indicator.version(),
                    warnings);
        }
    }
}
