package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.integer;
import static id.kinerja.web.page.WrittenValues.number;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.SetTarget;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Year;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import java.util.function.Function;

/**
 * One year's target of an indicator already in the draft: a year without a target gets one, a year with one is
 * revised — the page needs no second form, the indicator tells which it is.
 */
@Introspected
@Serdeable.Deserializable
public record TargetForm(
        @Nullable @NotBlank String indicatorId,
        @Nullable @NotBlank @Size(max = 10) String targetYear,
        @Nullable @NotBlank @Size(max = 50) String targetValue,
        @Nullable @Size(max = 50) String targetCategory) {

    static TargetForm empty() {
        return new TargetForm(null, null, null, null);
    }

    IndicatorId indicator() {
        UUID chosen = id(indicatorId, "indicatorId");
        return new IndicatorId(InvalidValue.requirePresent(chosen, "indicatorId"));
    }

    /**
     * @param decree the decree whose page the form is on: an indicator of another is refused
     * @param current the indicator as stored now: its version, kind and the years that have targets */
    SetTarget.Command command(UnitActor by, DecreeId decree, Function<IndicatorId, Indicator> current) {
        Indicator indicator = current.apply(indicator());
        if (!indicator.decreeId().equals(decree)) {
            throw new InvalidValue("indicator.other-decree", "indicatorId", "the indicator is not in this decree");
        }
        Year year = Year.of(InvalidValue.requirePresent(integer(targetYear, "targetYear"), "targetYear"));
        String written = text(targetValue);
        TargetValue value = indicator.definition().kind() == IndicatorKind.QUALITATIVE
                ? new TargetValue.Qualitative(written)
                : new TargetValue.Numeric(number(written, "targetValue"));
        boolean revision = indicator.targetFor(year).isPresent();
        return new SetTarget.Command(
                by,
                indicator.id(),
                indicator.version(),
                revision ? SetTarget.Mode.REVISION : SetTarget.Mode.NEW,
                new Target(year, value, text(targetCategory)));
    }
}
