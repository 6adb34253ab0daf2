package id.kinerja.domain.questionnaire;

import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.survey.RespondentProfile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mengisi kuesioner: one person's answers from the public page, stored at once and whole, or refused — outside
 * the survey's period, after its collection was closed, a second time from the same device and visit, or with
 * an element left unanswered. The profile is optional and limited to the categories an SKM report counts.
 */
public final class SubmitQuestionnaire {
    /** The occupations an SKM form offers, as the survey import reads them. */
    public static final List<String> OCCUPATIONS =
            List.of("PNS", "TNI/POLRI", "Swasta", "Wiraswasta", "Pelajar/Mahasiswa", "Lainnya");
    /** The levels of schooling the questionnaire offers, lowest first (a subset of the import's). */
    public static final List<String> EDUCATION = List.of("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3");

    private static final Pattern VISIT_KEY = Pattern.compile("[0-9a-f]{64}");

    private final ReadQuestionnaire questionnaires;
    private final OnlineAnswers answers;
    private final Transactions transactions;
    private final Clock clock;

    public SubmitQuestionnaire(
            ReadQuestionnaire questionnaires, OnlineAnswers answers, Transactions transactions, Clock clock) {
        this.questionnaires = questionnaires;
        this.answers = answers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param visitKey the SHA-256 (hex) of the device's and the visit's tokens
     * @param answers per element in the methodology's order, null where the person gave none; entries past the
     *     methodology's elements are not read (a form may carry every element field of every methodology)
     * @param age in whole years, or null
     */
    public record Command(
            QuestionnaireCode code,
            String visitKey,
            List<Integer> answers,
            String sex,
            Integer age,
            String education,
            String occupation,
            String suggestion) {
        public Command {
            answers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(answers));
        }
    }

    /**
     * Stores the answer, or refuses it. The questionnaire is read (from memory while the registry holds, ADR
     * 0029) and the answer stored in one short transaction: one connection, a look at the registry's version, and
     * the answer written with one insert whose commit is durable before the person is thanked (ADR 0037).
     */
    public QuestionnaireSheet submit(Command command) {
        return transactions.inTransaction(() -> {
            QuestionnaireSheet sheet = questionnaires.sheet(command.code());
            OnlineAnswer answer = answerOf(sheet, command);
            OnlineAnswers.Taken taken = answers.take(command.code(), answer);
            switch (taken) {
                case COLLECTION_CLOSED ->
                    throw new ConflictingState("questionnaire.closed", null, "the collection of this survey is closed");
                case ALREADY_ANSWERED ->
                    throw new ConflictingState(
                            "questionnaire.already-answered", null, "this visit's answers were received already");
                case STORED -> {
                    return sheet;
                }
            }
            throw new IllegalStateException(taken.name());
        });
    }

    /** The sending checked against the questionnaire; refused with the first field that is wrong. */
    private OnlineAnswer answerOf(QuestionnaireSheet sheet, Command command) {
        if (command.visitKey() == null || !VISIT_KEY.matcher(command.visitKey()).matches()) {
            throw new InvalidValue("questionnaire.visit", "visit", "the form was not opened from this site");
        }
        int elements = sheet.methodology().elements().size();
        if (command.answers().size() < elements) {
            throw new InvalidValue("questionnaire.answers", "answers", "one answer per element is needed", elements);
        }
        int[] given = new int[elements];
        for (int element = 0; element < elements; element++) {
            Integer answer = command.answers().get(element);
            String code = sheet.methodology().elements().get(element).code();
            if (answer == null || answer < 1 || answer > 4) {
                throw new InvalidValue(
                        "questionnaire.answer-missing",
                        code.toLowerCase(java.util.Locale.ROOT),
                        "choose one answer for " + code,
                        code);
            }
            given[element] = answer;
        }
        String sex = command.sex();
        if (sex != null && !sex.equals("L") && !sex.equals("P")) {
            throw new InvalidValue("survey.sex", "sex", "'" + sex + "' is not L or P", sex);
        }
        if (command.age() != null && (command.age() < 1 || command.age() > 120)) {
            throw new InvalidValue("survey.age", "age", "not an age in years", command.age());
        }
        oneOf(command.education(), EDUCATION, "education");
        oneOf(command.occupation(), OCCUPATIONS, "occupation");
        String suggestion = Text.paragraph(command.suggestion(), "suggestion", 2000);
        LocalDate today = LocalDate.now(clock.withZone(OpenPeriod.OFFICE_TIME));
        if (!sheet.period().contains(today)) {
            throw new RuleViolation(
                    "questionnaire.outside-period",
                    null,
                    "this questionnaire takes answers from " + sheet.period().opensOn() + " to "
                            + sheet.period().closesOn(),
                    sheet.period().opensOn(),
                    sheet.period().closesOn());
        }
        return new OnlineAnswer(
                0,
                sheet.service(),
                command.visitKey(),
                clock.instant(),
                sex,
                command.age(),
                command.education(),
                command.occupation(),
                given,
                suggestion);
    }

    private static void oneOf(String value, List<String> allowed, String field) {
        if (value != null && !allowed.contains(value)) {
            throw new InvalidValue("questionnaire.choice", field, "'" + value + "' is not one of the choices", value);
        }
    }

    /** The profile's categories for the page: the age bands the result counts (age is asked in years). */
    public static List<String> ageBands() {
        return RespondentProfile.AGE_BANDS;
    }
}
