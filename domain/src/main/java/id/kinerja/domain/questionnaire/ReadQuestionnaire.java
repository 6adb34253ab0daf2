package id.kinerja.domain.questionnaire;

import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.Surveys;
import java.net.URI;

/**
 * Membaca kuesioner: for a link's code, the questionnaire as the public page shows it, and the poster's words
 * with the questionnaire's full address under a public base address.
 */
public final class ReadQuestionnaire {
    private final QuestionnaireLinks links;
    private final Surveys surveys;
    private final OrganizationUnits units;
    private final OnlineAnswers answers;

    public ReadQuestionnaire(
            QuestionnaireLinks links, Surveys surveys, OrganizationUnits units, OnlineAnswers answers) {
        this.links = links;
        this.surveys = surveys;
        this.units = units;
        this.answers = answers;
    }

    public QuestionnaireSheet sheet(QuestionnaireCode code) {
        QuestionnaireLink link = links.find(code).orElseThrow(() -> new NotFound("questionnaire", code));
        Survey survey = surveys.get(link.survey());
        return new QuestionnaireSheet(
                code,
                survey.id(),
                units.get(survey.unitId()).profile().name(),
                survey.year().value(),
                link.service(),
                OpenPeriod.of(survey.year(), survey.period()),
                survey.methodology(),
                survey.questions(),
                answers.closure(survey.id()).isEmpty());
    }

    /**
     * The poster of a link: {@code publicBase} is where people reach Kinerja ({@code https://kinerja.example.go.id});
     * the questionnaire is at {@code /skm/{code}} under it.
     */
    public QuestionnairePoster poster(QuestionnaireCode code, URI publicBase) {
        QuestionnaireSheet sheet = sheet(code);
        return new QuestionnairePoster(
                code,
                sheet.unitName(),
                sheet.surveyTitle(),
                sheet.service(),
                sheet.period().opensOn(),
                sheet.period().closesOn(),
                addressOf(code, publicBase));
    }

    /** The questionnaire's full address under a public base address (with or without a path of its own). */
    public static URI addressOf(QuestionnaireCode code, URI publicBase) {
        String base = publicBase.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/skm/" + code.value());
    }
}
