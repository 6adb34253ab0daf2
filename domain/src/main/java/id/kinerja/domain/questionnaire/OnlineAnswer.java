package id.kinerja.domain.questionnaire;

import java.time.Instant;

/**
 * Jawaban daring: one person's questionnaire as sent from the public page, before the collection is closed.
 *
 * @param visitKey the SHA-256 of the device's token and the visit's: one answer per device and visit
 * @param answers 1–4 per element in the methodology's order
 */
public record OnlineAnswer(
        long id,
        String service,
        String visitKey,
        Instant submittedAt,
        String sex,
        Integer age,
        String education,
        String occupation,
        int[] answers,
        String suggestion) {
    public OnlineAnswer {
        answers = answers.clone();
    }

    @Override
    public int[] answers() {
        return answers.clone();
    }
}
