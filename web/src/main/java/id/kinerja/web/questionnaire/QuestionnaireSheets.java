package id.kinerja.web.questionnaire;

import id.kinerja.domain.questionnaire.QuestionnaireSheet;
import id.kinerja.domain.questionnaire.SubmitQuestionnaire;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceElement;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Words;
import id.kinerja.web.questionnaire.QuestionnaireViews.Choice;
import id.kinerja.web.questionnaire.QuestionnaireViews.ElementView;
import id.kinerja.web.questionnaire.QuestionnaireViews.QuestionnaireView;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The questionnaire in the reader's words: each element's question (the unit's own wording when the survey has
 * one, else the regulation's) and the four answers PermenPANRB 14/2017 gives it — "Tidak sesuai … Sangat sesuai",
 * "Sangat mahal … Gratis" — or, for an element the 2017 questionnaire does not have, four plain grades.
 */
@Singleton
class QuestionnaireSheets {
    private final Words words;

    QuestionnaireSheets(Words words) {
        this.words = words;
    }

    QuestionnaireView form(
            QuestionnaireSheet sheet,
            boolean kiosk,
            String visit,
            String device,
            QuestionnaireForm sent,
            Refusal refusal) {
        List<ElementView> elements = new ArrayList<>();
        List<ServiceElement> all = sheet.methodology().elements();
        for (int i = 0; i < all.size(); i++) {
            ServiceElement element = all.get(i);
            String field = element.code().toLowerCase(Locale.ROOT);
            int chosen = sent == null ? 0 : sent.chosen(i + 1);
            List<Choice> options = new ArrayList<>();
            for (int value = 1; value <= 4; value++) {
                options.add(new Choice(
                        field + "-" + value,
                        Integer.toString(value),
                        answerLabel(sheet.methodology(), element, value),
                        chosen == value));
            }
            String question = sheet.questions().getOrDefault(element.code(), question(sheet.methodology(), element));
            elements.add(
                    new ElementView(i + 1, field, question, options, refusal != null && field.equals(refusal.field())));
        }
        return new QuestionnaireView(
                sheet.code().value(),
                sheet.surveyTitle(),
                sheet.unitName(),
                sheet.service(),
                words.date(sheet.period().opensOn()),
                words.date(sheet.period().closesOn()),
                kiosk,
                visit,
                device,
                elements,
                List.of(
                        new Choice(
                                "kelamin-l",
                                "L",
                                words.get("survey.profile.sex.L"),
                                sent != null && "L".equals(sent.kelamin())),
                        new Choice(
                                "kelamin-p",
                                "P",
                                words.get("survey.profile.sex.P"),
                                sent != null && "P".equals(sent.kelamin()))),
                choices(SubmitQuestionnaire.EDUCATION, sent == null ? null : sent.pendidikan()),
                choices(SubmitQuestionnaire.OCCUPATIONS, sent == null ? null : sent.pekerjaan()),
                sent == null || sent.usia() == null ? "" : sent.usia(),
                sent == null || sent.saran() == null ? "" : sent.saran(),
                refusal);
    }

    private List<Choice> choices(List<String> values, String chosen) {
        return values.stream()
                .map(value ->
                        new Choice(value, value, words.labelOr("skm.choice." + value, value), value.equals(chosen)))
                .toList();
    }

    /** The regulation's question for an element of the 2014/2017 questionnaires, else the element's name. */
    private String question(Methodology methodology, ServiceElement element) {
        return specific(methodology, element)
                ? words.get("skm.question." + element.code())
                : words.get("skm.question.generic") + " " + element.name() + "?";
    }

    private String answerLabel(Methodology methodology, ServiceElement element, int value) {
        return specific(methodology, element)
                ? words.get("skm.answer." + element.code() + "." + value)
                : words.get("skm.answer.generic." + value);
    }

    /** The 2017 questionnaire's nine elements; 16/2014 shares the first eight. */
    private static boolean specific(Methodology methodology, ServiceElement element) {
        return methodology == Methodology.PERMENPANRB_14_2017
                || (methodology == Methodology.PERMENPANRB_16_2014
                        && !element.code().equals("U9"));
    }
}
