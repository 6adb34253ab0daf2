package id.kinerja.domain.questionnaire;

import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.Surveys;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tautan kuesioner of a survey: one per service the survey declares, made the first time they are asked for
 * (a new code each, unguessable) and the same ever after. A survey that declares no service has none: its
 * services come from the files imported into it.
 */
public final class ListQuestionnaireLinks {
    private final Surveys surveys;
    private final QuestionnaireLinks links;

    public ListQuestionnaireLinks(Surveys surveys, QuestionnaireLinks links) {
        this.surveys = surveys;
        this.links = links;
    }

    public List<QuestionnaireLink> of(SurveyId id) {
        Survey survey = surveys.get(id);
        List<QuestionnaireLink> stored = links.of(id);
        Set<String> linked = stored.stream().map(QuestionnaireLink::service).collect(Collectors.toSet());
        List<QuestionnaireLink> missing = survey.services().stream()
                .filter(service -> !linked.contains(service))
                .map(service -> new QuestionnaireLink(QuestionnaireCode.random(), id, service))
                .toList();
        if (missing.isEmpty()) {
            return stored;
        }
        links.addMissing(missing);
        return links.of(id);
    }
}
