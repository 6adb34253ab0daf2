package id.kinerja.web.questionnaire;

import id.kinerja.web.page.Refusal;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What the public questionnaire pages show. */
final class QuestionnaireViews {
    private QuestionnaireViews() {}

    /** The questionnaire of one service, empty or as it was sent when a refusal shows it again. */
    @Introspected
    record QuestionnaireView(
            String code,
            String title,
            String unitName,
            String service,
            String opensOn,
            String closesOn,
            boolean kiosk,
            String visit,
            String device,
            List<ElementView> elements,
            List<Choice> sexes,
            List<Choice> educations,
            List<Choice> occupations,
            String age,
            String suggestion,
            @Nullable Refusal refusal) {}

    /** One element (unsur): its number, the question and its four answers, best last. */
    @Introspected
    record ElementView(int number, String field, String question, List<Choice> options, boolean refused) {}

    /** One choice of a list or a group of radio buttons. */
    @Introspected
    record Choice(String id, String value, String label, boolean chosen) {}

    /**
     * A page with one message: thanks, already received, closed, too many. At a kiosk it returns to an empty
     * questionnaire by itself after {@code refreshSeconds}.
     */
    @Introspected
    record NoticeView(
            String title,
            String heading,
            String message,
            @Nullable String again,
            boolean kiosk,
            int refreshSeconds,
            String noticeId) {}
}
