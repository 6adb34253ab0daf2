package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.user.Actor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A strategic objective (sasaran) added to a draft decree under one of its unit's plan periods. */
@Introspected
@Serdeable.Deserializable
public record ObjectiveForm(
        @Nullable @NotBlank String planPeriodId,
        @Nullable @NotBlank @Size(max = 20) String code,
        @Nullable @NotBlank @Size(max = 1000) String statement) {

    static ObjectiveForm empty() {
        return new ObjectiveForm(null, null, null);
    }

    AddObjective.Command command(Actor by, DecreeId decree) {
        UUID period = id(planPeriodId, "planPeriodId");
        return new AddObjective.Command(
                by, decree, period == null ? null : new PlanPeriodId(period), text(code), text(statement));
    }
}
