package id.kinerja.domain.questionnaire;

import id.kinerja.domain.shared.NotFound;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Kode kuesioner: the short, unguessable code of a questionnaire link ({@code /skm/{code}}): ten characters from
 * an alphabet without look-alikes (no 0/o, 1/l/i), about 49 bits, so that a link cannot be guessed from another.
 */
public record QuestionnaireCode(String value) {
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    static final int LENGTH = 10;
    private static final Pattern SHAPE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A code that cannot be one is answered as an unknown questionnaire, never as a malformed request. */
    public QuestionnaireCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new NotFound("questionnaire", value);
        }
    }

    public static QuestionnaireCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new QuestionnaireCode(code.toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
