package id.kinerja.domain.questionnaire;

import id.kinerja.domain.survey.SurveyId;
import java.util.List;
import java.util.Optional;

/**
 * The stored questionnaire links, one per survey and service: the survey's store makes a service's link when the
 * service is declared (planned, or added by an import), so reading them never writes.
 */
public interface QuestionnaireLinks {
    /** The survey's links in the order of its services. */
    List<QuestionnaireLink> of(SurveyId survey);

    Optional<QuestionnaireLink> find(QuestionnaireCode code);
}
