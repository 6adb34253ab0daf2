package id.kinerja.domain.questionnaire;

import id.kinerja.domain.survey.SurveyId;
import java.util.List;
import java.util.Optional;

/** The stored questionnaire links, one per survey and service. */
public interface QuestionnaireLinks {
    /** The survey's links in the order of its services. */
    List<QuestionnaireLink> of(SurveyId survey);

    /** Stores the links whose survey and service have none yet; the others are left as they are. */
    void addMissing(List<QuestionnaireLink> links);

    Optional<QuestionnaireLink> find(QuestionnaireCode code);
}
