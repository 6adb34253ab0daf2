package id.kinerja.web.survey;

import id.kinerja.domain.questionnaire.CloseCollection;
import id.kinerja.domain.questionnaire.CollectionClosure;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Submitted;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.UUID;

/** Closing a survey's online collection from its page (issue 16): its answers make a result version. */
@Controller("/survei")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SurveyCollectionController {
    private final CloseCollection close;
    private final SurveyPage page;
    private final FormSubmission forms;

    SurveyCollectionController(CloseCollection close, SurveyPage page, FormSubmission forms) {
        this.close = close;
        this.page = page;
        this.forms = forms;
    }

    @Post("/{id}/pengumpulan/tutup")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey-collection", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> closeCollection(
            HttpRequest<?> request, @PathVariable UUID id, Authentication authentication) {
        return forms.carryOut(
                request,
                "pengumpulan",
                () -> {
                    CollectionClosure closed =
                            close.close(new CloseCollection.Command(authentication.getName(), new SurveyId(id)));
                    return Submitted.changed("/survei/" + id, id, closed);
                },
                refusal -> page.show(id, authentication, refusal, List.of()));
    }
}
