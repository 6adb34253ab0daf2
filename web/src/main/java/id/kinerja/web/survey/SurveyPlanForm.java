package id.kinerja.web.survey;

import static id.kinerja.web.page.WrittenValues.choice;
import static id.kinerja.web.page.WrittenValues.number;
import static id.kinerja.web.page.WrittenValues.requiredInteger;

import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.PlanSurvey;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A survey opened for a satisfaction-index indicator: its year, the methodology it follows and, when known, its
 * population — the people served in the year, from which the minimum sample (Krejcie–Morgan) is found.
 */
@Introspected
@Serdeable.Deserializable
public record SurveyPlanForm(
        @Nullable @NotBlank String indicatorId,
        @Nullable @NotBlank @Size(max = 10) String year,
        @Nullable String methodology,
        @Nullable @Size(max = 20) String population) {

    static SurveyPlanForm forIndicator(Indicator indicator) {
        return new SurveyPlanForm(indicator.id().toString(), null, Methodology.PERMENPANRB_14_2017.name(), null);
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
                peopleServed(),
                List.of(),
                Map.of());
    }

    /** "1.500" is one thousand five hundred people, as everywhere in Kinerja; a fraction of a person is refused. */
    private Long peopleServed() {
        BigDecimal written = number(population, "population");
        if (written == null) {
            return null;
        }
        try {
            return written.longValueExact();
        } catch (ArithmeticException notWhole) {
            throw new InvalidValue(
                    "survey.population-whole",
                    "population",
                    "the population '" + population.strip() + "' is not a whole number of people",
                    population.strip());
        }
    }
}
