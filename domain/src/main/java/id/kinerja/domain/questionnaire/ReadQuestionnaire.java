package id.kinerja.domain.questionnaire;

import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.RegistryVersion;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.Surveys;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Membaca kuesioner: for a link's code, the questionnaire as the public page shows it, and the poster's words
 * with the questionnaire's full address under a public base address.
 *
 * <p>A sheet is read from the database once per version of the registry (ADR 0029) and then answered from memory:
 * every sending of a busy counter needs it, and nothing in it — the link, the survey, its unit's name, whether the
 * collection was closed — changes without a recorded change, on any node, that moves the version. The version is
 * read before the sheet, so a sheet is never kept under a version older than what it shows. Closing is also
 * enforced where the answer is stored ({@link OnlineAnswers#take}), so a sheet read a moment before a closing
 * cannot let an answer in after it (ADR 0037).
 */
public final class ReadQuestionnaire {
    private final QuestionnaireLinks links;
    private final Surveys surveys;
    private final OrganizationUnits units;
    private final OnlineAnswers answers;
    private final RegistryVersion version;
    private final int capacity;
    private final Map<QuestionnaireCode, Remembered> remembered = new ConcurrentHashMap<>();

    /** @param capacity how many sheets are kept at most; past it they are all dropped and refill as read */
    public ReadQuestionnaire(
            QuestionnaireLinks links,
            Surveys surveys,
            OrganizationUnits units,
            OnlineAnswers answers,
            RegistryVersion version,
            int capacity) {
        this.links = links;
        this.surveys = surveys;
        this.units = units;
        this.answers = answers;
        this.version = version;
        this.capacity = capacity;
    }

    private record Remembered(long version, QuestionnaireSheet sheet) {}

    /** The questionnaire of a link, from memory while the registry has not changed. */
    public QuestionnaireSheet sheet(QuestionnaireCode code) {
        long now = version.current();
        Remembered known = remembered.get(code);
        if (known != null && known.version() == now) {
            return known.sheet();
        }
        QuestionnaireSheet sheet = read(code);
        if (remembered.size() >= capacity) {
            remembered.clear();
        }
        remembered.put(code, new Remembered(now, sheet));
        return sheet;
    }

    private QuestionnaireSheet read(QuestionnaireCode code) {
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
