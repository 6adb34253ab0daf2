package id.kinerja.web.questionnaire;

import id.kinerja.documents.poster.QuestionnairePoster;
import id.kinerja.domain.questionnaire.QuestionnaireCode;
import id.kinerja.domain.questionnaire.ReadQuestionnaire;
import id.kinerja.http.address.PublicAddress;
import id.kinerja.web.page.Words;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * The A4 poster of one service's questionnaire, for the counter: its QR code holds the questionnaire's full
 * address under the public base address (issue 16, item 2). Printed by the unit's staff, so signed in; in the
 * page's language.
 */
@Controller("/skm")
@ExecuteOn(TaskExecutors.BLOCKING)
public class QuestionnairePosterController {
    private static final String PDF = "application/pdf";

    private final ReadQuestionnaire questionnaires;
    private final PublicAddress addresses;
    private final Words words;

    QuestionnairePosterController(ReadQuestionnaire questionnaires, PublicAddress addresses, Words words) {
        this.questionnaires = questionnaires;
        this.addresses = addresses;
        this.words = words;
    }

    @Get(value = "/{code}/poster", produces = PDF)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<byte[]> poster(@PathVariable String code, HttpRequest<?> request) {
        var poster = questionnaires.poster(new QuestionnaireCode(code), addresses.base(request));
        byte[] pdf = QuestionnairePoster.pdf(new QuestionnairePoster.Content(
                poster.unitName(),
                poster.surveyTitle(),
                poster.service(),
                poster.address().toString(),
                words.date(poster.opensOn()) + (Words.english() ? " to " : " s.d. ") + words.date(poster.closesOn()),
                Words.english() ? QuestionnairePoster.Language.EN : QuestionnairePoster.Language.ID));
        return HttpResponse.ok(pdf)
                .contentType(PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"poster-skm-" + poster.code().value() + ".pdf\"");
    }
}
