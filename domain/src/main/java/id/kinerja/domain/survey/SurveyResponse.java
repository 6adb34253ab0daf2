package id.kinerja.domain.survey;

import java.time.LocalDate;

/**
 * One respondent's questionnaire: the service used, the profile (every field may be missing) and an
 * answer from 1 to 4 per element, in the methodology's element order, 0 where the element was not answered.
 */
public record SurveyResponse(
        String service,
        String respondent,
        LocalDate date,
        String sex,
        Integer age,
        String education,
        String occupation,
        int[] answers,
        String suggestion) {

    public SurveyResponse {
        answers = answers.clone();
    }

    @Override
    public int[] answers() {
        return answers.clone();
    }

    /** The answer to the element at a position, 0 when blank. */
    public int answer(int elementIndex) {
        return answers[elementIndex];
    }
}
