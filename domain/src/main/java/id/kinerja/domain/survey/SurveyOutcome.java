package id.kinerja.domain.survey;

import id.kinerja.domain.satisfaction.IndexResult;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ReproducedIndex;
import id.kinerja.domain.satisfaction.SampleSize;
import id.kinerja.domain.satisfaction.SatisfactionIndexCalculation;
import id.kinerja.domain.satisfaction.ServiceCombinationRule;
import java.math.BigDecimal;
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
        RespondentProfile profile,
        Optional<ReportedSurveyResult> reported) {

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
                version.profile(),
                Optional.empty());
    }

    /**
     * A version entered from a report (ADR 0035): its index is the report's figure, graded by the survey's
     * methodology; the elements carry the NRRs as typed; nothing is counted, so sums and answers are zero.
     */
    public static SurveyOutcome reported(Survey survey, SurveyResultVersion version, ReportedSurveyResult reported) {
        Methodology methodology = survey.methodology();
        List<IndexResult.ElementResult> elements = reported.indexAlone()
                ? List.of()
                : methodology.elements().stream()
                        .map(element -> {
                            BigDecimal nrr = reported.elementNrrs().get(element.code());
                            return new IndexResult.ElementResult(
                                    element, 0, 0, Optional.of(nrr), Optional.of(methodology.gradeOfElement(nrr)));
                        })
                        .toList();
        BigDecimal figure = reported.figure(methodology, survey.weight());
        long respondents = reported.respondents().orElse(0L);
        IndexResult combined = new IndexResult(
                respondents,
                elements,
                reported.reproduction(methodology, survey.weight()).map(ReproducedIndex::exactUnrounded),
                Optional.of(figure),
                Optional.of(methodology.gradeOf(figure)),
                Optional.empty());
        Optional<Long> minimum = survey.population().map(SampleSize::minimumFor);
        return new SurveyOutcome(
                survey,
                version.version(),
                version.computedAt(),
                List.of(),
                combined,
                minimum,
                reported.respondents().isPresent()
                        && minimum.map(min -> respondents < min).orElse(false),
                RespondentProfile.NONE,
                Optional.of(reported));
    }

    /** Whether this result was entered from a report rather than computed by Kinerja. */
    public boolean isReported() {
        return reported.isPresent();
    }
}
