package id.kinerja.domain.questionnaire;

import java.net.URI;
import java.time.LocalDate;

/**
 * What a poster at the service counter says: the unit, the survey, the service, the days it takes answers and
 * the full address of the questionnaire (the one its QR code holds).
 */
public record QuestionnairePoster(
        QuestionnaireCode code,
        String unitName,
        String surveyTitle,
        String service,
        LocalDate opensOn,
        LocalDate closesOn,
        URI address) {}
