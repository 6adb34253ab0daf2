package id.kinerja.domain.questionnaire;

import id.kinerja.domain.satisfaction.ServiceTally;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.domain.survey.SurveyResultVersion;
import id.kinerja.domain.survey.SurveyResults;
import id.kinerja.domain.survey.Surveys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hasil sementara: while the online collection is open, the survey's result with the answers that came in so
 * far — the latest stored version's tallies plus the online answers not yet counted, computed by the same
 * engine as every result ({@link SurveyOutcome#of}); the respondent profile is the stored version's until the
 * collection is closed.
 */
public final class ReadCollection {
    private final Surveys surveys;
    private final SurveyResults results;
    private final OnlineAnswers answers;
    private final Clock clock;

    public ReadCollection(Surveys surveys, SurveyResults results, OnlineAnswers answers, Clock clock) {
        this.surveys = surveys;
        this.results = results;
        this.answers = answers;
        this.clock = clock;
    }

    /**
     * The collection as it stands.
     *
     * @param provisional the result with the answers not yet counted; the stored result when there are none
     * @param pendingAnswers the online answers not yet counted into a result version
     */
    public record Collection(
            SurveyOutcome provisional, long pendingAnswers, boolean open, Optional<CollectionClosure> closure) {}

    public Collection of(SurveyId id) {
        Survey survey = surveys.get(id);
        SurveyResultVersion stored = results.latest(id).orElse(SurveyResultVersion.empty(id));
        List<ServiceTally> pending = answers.pendingTallies(id, survey.methodology());
        long pendingAnswers =
                pending.stream().mapToLong(ServiceTally::respondents).sum();
        Optional<CollectionClosure> closure = answers.closure(id);
        SurveyResultVersion provisional = pending.isEmpty()
                ? stored
                : new SurveyResultVersion(
                        id,
                        stored.version(),
                        clock.instant(),
                        "provisional: " + pendingAnswers + " online answers not yet counted",
                        merged(stored.tallies(), pending),
                        stored.profile());
        return new Collection(SurveyOutcome.of(survey, provisional), pendingAnswers, closure.isEmpty(), closure);
    }

    /** Each service's stored and online tallies pooled, services in the order they were first counted. */
    private static List<ServiceTally> merged(List<ServiceTally> stored, List<ServiceTally> online) {
        Map<String, List<ServiceTally>> byService = new LinkedHashMap<>();
        stored.forEach(t ->
                byService.computeIfAbsent(t.service(), s -> new ArrayList<>()).add(t));
        online.forEach(t ->
                byService.computeIfAbsent(t.service(), s -> new ArrayList<>()).add(t));
        return byService.entrySet().stream()
                .map(entry -> ServiceTally.pooled(entry.getKey(), entry.getValue()))
                .toList();
    }
}
