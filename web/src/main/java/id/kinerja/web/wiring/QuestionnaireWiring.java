package id.kinerja.web.wiring;

import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.questionnaire.CloseCollection;
import id.kinerja.domain.questionnaire.ListQuestionnaireLinks;
import id.kinerja.domain.questionnaire.OnlineAnswers;
import id.kinerja.domain.questionnaire.QuestionnaireLinks;
import id.kinerja.domain.questionnaire.ReadCollection;
import id.kinerja.domain.questionnaire.ReadQuestionnaire;
import id.kinerja.domain.questionnaire.SubmitQuestionnaire;
import id.kinerja.domain.shared.RegistryVersion;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.survey.ImportSurveyResponses;
import id.kinerja.domain.survey.SurveyResults;
import id.kinerja.domain.survey.Surveys;
import id.kinerja.domain.user.UnitAssignments;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The public SKM questionnaire (issue 16): its links, the answers, the live result and closing the collection. */
@Factory
public class QuestionnaireWiring {

    @Singleton
    ListQuestionnaireLinks listQuestionnaireLinks(Surveys surveys, QuestionnaireLinks links) {
        return new ListQuestionnaireLinks(surveys, links);
    }

    /** Questionnaires kept in memory per registry version (ADR 0029, ADR 0037): a sending reads the version only. */
    @Singleton
    ReadQuestionnaire readQuestionnaire(
            QuestionnaireLinks links,
            Surveys surveys,
            OrganizationUnits units,
            OnlineAnswers answers,
            RegistryVersion version,
            @Value("${kinerja.skm.remembered-questionnaires:1000}") int capacity) {
        return new ReadQuestionnaire(links, surveys, units, answers, version, capacity);
    }

    @Singleton
    SubmitQuestionnaire submitQuestionnaire(
            ReadQuestionnaire questionnaires, OnlineAnswers answers, Transactions transactions, Clock clock) {
        return new SubmitQuestionnaire(questionnaires, answers, transactions, clock);
    }

    @Singleton
    ReadCollection readCollection(Surveys surveys, SurveyResults results, OnlineAnswers answers, Clock clock) {
        return new ReadCollection(surveys, results, answers, clock);
    }

    @Singleton
    CloseCollection closeCollection(
            Surveys surveys,
            OnlineAnswers answers,
            ImportSurveyResponses importer,
            UnitAssignments assignments,
            OrganizationUnits units,
            Transactions transactions,
            Clock clock) {
        return new CloseCollection(surveys, answers, importer, assignments, units, transactions, clock);
    }
}
