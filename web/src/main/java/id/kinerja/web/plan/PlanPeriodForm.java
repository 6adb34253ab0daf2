package id.kinerja.web.plan;

import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.plan.DefinePlanPeriod;
import id.kinerja.domain.plan.PlanKind;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Year;
import id.kinerja.web.page.WrittenValues;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new plan period: the unit, its kind, an optional name, its first and last year. */
@Introspected
@Serdeable.Deserializable
public record PlanPeriodForm(
        @Nullable @NotBlank String unitId,
        @Nullable @NotBlank String kind,
        @Nullable @Size(max = 200) String name,
        @Nullable @NotBlank @Size(max = 10) String firstYear,
        @Nullable @NotBlank @Size(max = 10) String lastYear) {

    static PlanPeriodForm empty() {
        return new PlanPeriodForm(null, null, null, null, null);
    }

    DefinePlanPeriod.Command command(UnitActor by) {
        return new DefinePlanPeriod.Command(
                by,
                new OrganizationUnitId(InvalidValue.requirePresent(id(unitId, "unitId"), "unitId")),
                InvalidValue.requirePresent(WrittenValues.choice(PlanKind.class, kind, null, "kind"), "kind"),
                text(name),
                Year.of(requiredInteger(firstYear, "firstYear")),
                Year.of(requiredInteger(lastYear, "lastYear")));
    }
}
