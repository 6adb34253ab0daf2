package id.kinerja.domain.questionnaire;

import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.Surveys;
import java.util.List;

/**
 * Tautan kuesioner of a survey: one per service the survey declares, made when the service is declared (a new
 * code each, unguessable) and the same ever after; listing them only reads. A survey that declares no service has
 * none: its services come from the files imported into it.
 */
public final class ListQuestionnaireLinks {
    private final Surveys surveys;
    private final QuestionnaireLinks links;

    public ListQuestionnaireLinks(Surveys surveys, QuestionnaireLinks links) {
        this.surveys = surveys;
        this.links = links;
    }

    public List<QuestionnaireLink> of(SurveyId id) {
        return links.of(surveys.get(id).id());
    }
}
