package id.kinerja.domain.survey;

import id.kinerja.domain.satisfaction.ServiceTally;
import id.kinerja.domain.shared.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * What is stored as asked but worth a second look in a survey: another survey of the same indicator and
 * year (two IKMs for one realization), and fewer people in the population than respondents counted.
 */
public final class SurveyWarnings {
    private final Surveys surveys;
    private final SurveyResults results;

    public SurveyWarnings(Surveys surveys, SurveyResults results) {
        this.surveys = surveys;
        this.results = results;
    }

    /** The survey's warnings as it is stored now. */
    public List<Warning> of(SurveyId id) {
        Survey survey = surveys.get(id);
        return of(survey, results.latest(id).map(SurveyWarnings::respondents).orElse(0L));
    }

    /** The survey's warnings with this many respondents counted (a preview's, or the stored result's). */
    List<Warning> of(Survey survey, long respondents) {
        List<Warning> warnings = new ArrayList<>();
        survey.indicatorId().ifPresent(indicator -> {
            List<SurveyId> others = surveys.measuring(indicator, survey.year()).stream()
                    .filter(other -> !other.equals(survey.id()))
                    .toList();
            if (!others.isEmpty()) {
                warnings.add(new Warning(
                        "survey.second-of-indicator-year",
                        "indicatorId",
                        "another survey measures this indicator in " + survey.year() + ": " + others.get(0),
                        List.of(survey.year().value(), others.get(0).toString(), others.size())));
            }
        });
        survey.population()
                .filter(population -> population < respondents)
                .ifPresent(population -> warnings.add(new Warning(
                        "survey.population-below-respondents",
                        "population",
                        "the population (" + population + ") is smaller than the respondents counted (" + respondents
                                + ")",
                        List.of(population, respondents))));
        return warnings;
    }

    static long respondents(SurveyResultVersion version) {
        return version.tallies().stream().mapToLong(ServiceTally::respondents).sum();
    }
}
