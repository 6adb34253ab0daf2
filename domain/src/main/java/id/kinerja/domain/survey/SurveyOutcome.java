package id.kinerja.domain.survey;

import id.kinerja.domain.satisfaction.IndexResult;
import id.kinerja.domain.satisfaction.SampleSize;
import id.kinerja.domain.satisfaction.SatisfactionIndexCalculation;
import id.kinerja.domain.satisfaction.ServiceCombinationRule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Hasil SKM: a survey's result, per service and combined by the survey's rule, with the minimum sample for
 * its population and whether the survey fell short of it.
 */
public record SurveyOutcome(
        Survey survey,
        int version,
        Instant computedAt,
        List<ServiceOutcome> services,
        IndexResult combined,
        Optional<Long> minimumSample,
        boolean belowMinimumSample,
        RespondentProfile profile) {

    public SurveyOutcome {
        services = List.copyOf(services);
    }

    public record ServiceOutcome(String service, IndexResult result) {}

    /** Computes a stored result version again, exactly as it was computed the first time. */
    public static SurveyOutcome of(Survey survey, SurveyResultVersion version) {
        SatisfactionIndexCalculation calculation = survey.calculation();
        List<ServiceOutcome> services = version.tallies().stream()
                .map(tally -> new ServiceOutcome(tally.service(), calculation.compute(tally)))
                .toList();
        IndexResult combined = ServiceCombinationRule.combine(calculation, survey.combination(), version.tallies());
        Optional<Long> minimum = survey.population().map(SampleSize::minimumFor);
        return new SurveyOutcome(
                survey,
                version.version(),
                version.computedAt(),
                services,
                combined,
                minimum,
                minimum.map(min -> combined.respondents() < min).orElse(false),
                version.profile());
    }
}
