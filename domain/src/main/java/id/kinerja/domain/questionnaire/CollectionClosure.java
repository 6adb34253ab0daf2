package id.kinerja.domain.questionnaire;

import id.kinerja.domain.survey.SurveyId;
import java.time.Instant;
import java.util.Optional;

/**
 * Penutupan pengumpulan: the online collection of a survey closed by an evaluator, with the answers it carried
 * into the result and the result version they made (none when no answer had come).
 */
public record CollectionClosure(
        SurveyId survey,
        Instant closedAt,
        String closedBy,
        long answers,
        Optional<Instant> firstAnswerAt,
        Optional<Instant> lastAnswerAt,
        Optional<Integer> resultVersion) {}
