package id.kinerja.api.questionnaire;

import id.kinerja.api.survey.SurveyResources.ResultResponse;
import id.kinerja.domain.questionnaire.CloseCollection;
import id.kinerja.domain.questionnaire.CollectionClosure;
import id.kinerja.domain.questionnaire.ListQuestionnaireLinks;
import id.kinerja.domain.questionnaire.ReadCollection;
import id.kinerja.domain.questionnaire.ReadQuestionnaire;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.http.address.PublicAddress;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The online SKM questionnaire of a survey: one link per service ({@code /skm/{code}}, made absolute from
 * {@code kinerja.public-url}), the collection with its provisional result, and closing it, which makes a result
 * version through the survey import.
 */
@Controller("/api/v1/surveys/{id}")
@Tag(name = "Survei kepuasan masyarakat / Satisfaction surveys")
@ExecuteOn(TaskExecutors.BLOCKING)
public class QuestionnaireController {
    private final ListQuestionnaireLinks links;
    private final ReadCollection collections;
    private final CloseCollection close;
    private final PublicAddress publicAddress;

    public QuestionnaireController(
            ListQuestionnaireLinks links,
            ReadCollection collections,
            CloseCollection close,
            PublicAddress publicAddress) {
        this.links = links;
        this.collections = collections;
        this.close = close;
        this.publicAddress = publicAddress;
    }

    /** A service's questionnaire: its code and full address. */
    @Serdeable
    public record LinkResponse(String service, String code, URI address) {}

    /**
     * The online collection: whether it still takes answers, the answers not yet counted, the result with them
     * (provisional while open) and, once closed, what the closing carried.
     */
    @Serdeable
    public record CollectionResponse(
            UUID surveyId,
            boolean open,
            long pendingAnswers,
            ResultResponse provisional,
            @Nullable ClosureResponse closure) {}

    @Serdeable
    public record ClosureResponse(
            Instant closedAt,
            String closedBy,
            long answers,
            @Nullable Instant firstAnswerAt,
            @Nullable Instant lastAnswerAt,
            @Nullable Integer resultVersion) {
        public static ClosureResponse of(CollectionClosure closure) {
            return new ClosureResponse(
                    closure.closedAt(),
                    closure.closedBy(),
                    closure.answers(),
                    closure.firstAnswerAt().orElse(null),
                    closure.lastAnswerAt().orElse(null),
                    closure.resultVersion().orElse(null));
        }
    }

    @Get("/questionnaire-links")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<LinkResponse> questionnaireLinks(@PathVariable UUID id, HttpRequest<?> request) {
        URI base = publicAddress.base(request);
        return links.of(new SurveyId(id)).stream()
                .map(link -> new LinkResponse(
                        link.service(), link.code().value(), ReadQuestionnaire.addressOf(link.code(), base)))
                .toList();
    }

    @Get("/collection")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public CollectionResponse collection(@PathVariable UUID id) {
        return collectionOf(id);
    }

    /** Closes the online collection: its answers go through the survey import and make a result version. */
    @Post("/collection/close")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey-collection", idVariables = "id")
    public CollectionResponse closeCollection(@PathVariable UUID id, Authentication authentication) {
        CollectionClosure closed = close.close(new CloseCollection.Command(authentication.getName(), new SurveyId(id)));
        return collectionOf(closed.survey().value());
    }

    private CollectionResponse collectionOf(UUID id) {
        ReadCollection.Collection collection = collections.of(new SurveyId(id));
        return new CollectionResponse(
                id,
                collection.open(),
                collection.pendingAnswers(),
                ResultResponse.of(collection.provisional(), false),
                collection.closure().map(ClosureResponse::of).orElse(null));
    }
}
