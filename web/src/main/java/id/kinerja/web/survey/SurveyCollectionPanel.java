package id.kinerja.web.survey;

import id.kinerja.domain.questionnaire.ListQuestionnaireLinks;
import id.kinerja.domain.questionnaire.OpenPeriod;
import id.kinerja.domain.questionnaire.ReadCollection;
import id.kinerja.domain.questionnaire.ReadQuestionnaire;
import id.kinerja.domain.satisfaction.IndexResult;
import id.kinerja.domain.satisfaction.ServiceGrade;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.http.address.PublicAddress;
import id.kinerja.web.page.Words;
import id.kinerja.web.survey.SurveyViews.CollectionView;
import id.kinerja.web.survey.SurveyViews.LinkRow;
import id.kinerja.web.survey.SurveyViews.ServiceRow;
import io.micronaut.http.context.ServerRequestContext;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The online questionnaire on a survey's page (issue 16): the links of its services, the answers that came in
 * against the minimum sample (Krejcie–Morgan, from the survey's population), the provisional IKM from the same
 * engine, and the state of the collection.
 */
@Singleton
class SurveyCollectionPanel {
    private final ListQuestionnaireLinks links;
    private final ReadCollection collections;
    private final PublicAddress publicAddress;
    private final Words words;

    SurveyCollectionPanel(
            ListQuestionnaireLinks links, ReadCollection collections, PublicAddress publicAddress, Words words) {
        this.links = links;
        this.collections = collections;
        this.publicAddress = publicAddress;
        this.words = words;
    }

    CollectionView of(UUID id) {
        SurveyId survey = new SurveyId(id);
        URI base =
                ServerRequestContext.currentRequest().map(publicAddress::base).orElse(URI.create("http://localhost"));
        ReadCollection.Collection collection = collections.of(survey);
        SurveyOutcome provisional = collection.provisional();
        IndexResult combined = provisional.combined();
        long respondents = combined.respondents();
        int percent = provisional
                .minimumSample()
                .map(minimum -> (int) Math.min(100, minimum == 0 ? 100 : respondents * 100 / minimum))
                .orElse(0);
        String progress = provisional
                .minimumSample()
                .map(minimum -> say("skm.online.progress", respondents, minimum, percent))
                .orElseGet(() -> say("skm.online.no-minimum", respondents));
        return new CollectionView(
                links.of(survey).stream()
                        .map(link -> {
                            String address = ReadQuestionnaire.addressOf(link.code(), base)
                                    .toString();
                            return new LinkRow(link.service(), link.code().value(), address, address + "?kiosk=1");
                        })
                        .toList(),
                progress,
                percent,
                collection.pendingAnswers(),
                combined.index().map(words::number).orElse(null),
                combined.grade().map(this::grade).orElse(null),
                provisional.services().stream()
                        .map(service -> new ServiceRow(
                                service.service(),
                                service.result().respondents(),
                                service.result().index().map(words::number).orElse("—"),
                                service.result().grade().map(this::grade).orElse("—"),
                                service.result()
                                        .index()
                                        .map(BigDecimal::doubleValue)
                                        .orElse(0.0)))
                        .toList(),
                collection.open(),
                collection
                        .closure()
                        .map(closure -> say(
                                "skm.online.closed",
                                words.date(LocalDate.ofInstant(closure.closedAt(), OpenPeriod.OFFICE_TIME)),
                                closure.answers()))
                        .orElse(null));
    }

    /** A page word with its arguments, each written as text (counts are small whole numbers). */
    private String say(String key, Object... arguments) {
        Object[] texts = java.util.Arrays.stream(arguments).map(String::valueOf).toArray();
        return java.text.MessageFormat.format(words.get(key), texts);
    }

    private String grade(ServiceGrade grade) {
        return grade.name() + " · " + words.label(grade);
    }
}
