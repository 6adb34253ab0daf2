package id.kinerja.domain.questionnaire;

import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceTally;
import id.kinerja.domain.survey.SurveyId;
import java.util.List;
import java.util.Optional;

/**
 * The answers of the online questionnaire. A link is open until its survey's collection is closed; an answer is
 * taken only while its link is open, and closing waits for the answers being taken, so none is left behind.
 */
public interface OnlineAnswers {
    /** What became of an answer sent. */
    enum Taken {
        STORED,
        COLLECTION_CLOSED,
        ALREADY_ANSWERED
    }

    /**
     * Stores the answer under its link's survey and service if the link is open and the visit has not answered
     * yet, in the caller's transaction, with one insert; a closing waits for the answers being taken.
     */
    Taken take(QuestionnaireCode code, OnlineAnswer answer);

    /** The answers not yet carried into a result, per service, summed by the database. */
    List<ServiceTally> pendingTallies(SurveyId survey, Methodology methodology);

    /** Closes every link of the survey, waiting for answers being taken; false if it was closed already. */
    boolean closeLinks(SurveyId survey);

    /** The answers not yet carried into a result, oldest first. */
    List<OnlineAnswer> pending(SurveyId survey, int elements);

    /** The pending answers were carried into this result version. */
    void carried(SurveyId survey, int resultVersion);

    void recordClosure(CollectionClosure closure);

    Optional<CollectionClosure> closure(SurveyId survey);
}
