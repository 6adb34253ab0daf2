package id.kinerja.web.survey;

import static id.kinerja.web.page.WrittenValues.choice;
import static id.kinerja.web.page.WrittenValues.requiredInteger;

import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.PlanSurvey;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** A survey opened for a satisfaction-index indicator: its year and the methodology it follows. */
@Introspected
@Serdeable.Deserializable
public record SurveyPlanForm(
        @Nullable @NotBlank String indicatorId,
        @Nullable @NotBlank @Size(max = 10) String year,
        @Nullable String methodology) {

    static SurveyPlanForm forIndicator(Indicator indicator) {
        return new SurveyPlanForm(indicator.id().toString(), null, Methodology.PERMENPANRB_14_2017.name());
    }

    PlanSurvey.Command command(String by, Indicator indicator, OrganizationUnitId unit) {
        return new PlanSurvey.Command(
                by,
                unit,
                indicator.id(),
                Year.of(requiredInteger(year, "year")),
                ReportingPeriod.ANNUAL,
                choice(Methodology.class, methodology, Methodology.PERMENPANRB_14_2017, "methodology"),
                null,
                null,
                null,
                List.of(),
                Map.of());
    }
}
