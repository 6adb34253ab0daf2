package id.kinerja.domain.questionnaire;

import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.survey.SurveyId;
import java.util.Map;

/**
 * What the public questionnaire of a link shows: whose survey, which service, the days it takes answers, the
 * elements of the survey's methodology with the unit's own wording of a question where it has one, and whether
 * the collection is still open.
 */
public record QuestionnaireSheet(
        QuestionnaireCode code,
        SurveyId survey,
        String unitName,
        int year,
        String service,
        OpenPeriod period,
        Methodology methodology,
        Map<String, String> questions,
        boolean collecting) {
    public QuestionnaireSheet {
        questions = Map.copyOf(questions);
    }

    /** The survey's name as a poster or a page heads it: "Survei Kepuasan Masyarakat 2026". */
    public String surveyTitle() {
        return "Survei Kepuasan Masyarakat " + year;
    }
}
