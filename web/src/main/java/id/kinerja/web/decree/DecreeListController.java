package id.kinerja.web.decree;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.ReadDecrees;
import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Pager;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import id.kinerja.web.page.WrittenValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.UUID;

/** The list of decrees and the form that starts a new draft. */
@Controller("/keputusan")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DecreeListController {
    private static final int PAGE_SIZE = 20;

    private final ReadDecrees decrees;
    private final DraftDecree draft;
    private final UnitPicker units;
    private final FormSubmission forms;
    private final Words words;

    DecreeListController(ReadDecrees decrees, DraftDecree draft, UnitPicker units, FormSubmission forms, Words words) {
        this.decrees = decrees;
        this.draft = draft;
        this.units = units;
        this.forms = forms;
        this.words = words;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<DecreeListView> list(Authentication authentication, @Nullable @QueryValue Integer page) {
        int number = Pager.requested(page);
        Page<Decree> found = decrees.list(new PageRequest(number, PAGE_SIZE));
        return new ModelAndView<>(
                "decrees",
                new DecreeListView(
                        found.items().stream()
                                .map(decree -> DecreeRow.of(decree, words))
                                .toList(),
                        Pager.of(found, number, PAGE_SIZE),
                        authentication.getRoles().contains(Roles.PLANNER)));
    }

    @Get("/baru")
    @Secured(Roles.PLANNER)
    public ModelAndView<DecreeDraftView> newDraft() {
        return draftForm(DecreeDraftForm.empty(), null);
    }

    @Post
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Body DecreeDraftForm form, Authentication authentication) {
        return forms.submit(
                request,
                "keputusan",
                form,
                typed -> {
                    Decree created = draft.draft(typed.command(SignedInUser.actor(authentication)));
                    return Submitted.changed("/keputusan/" + created.id(), created.id(), created);
                },
                refusal -> draftForm(form, refusal));
    }

    private ModelAndView<DecreeDraftView> draftForm(DecreeDraftForm values, Refusal refusal) {
        return new ModelAndView<>("decree-new", DecreeDraftView.fresh(units.all(), values, refusal, replacing(values)));
    }

    /** The number of the enacted decree a new draft will replace, when its form names one that exists. */
    private String replacing(DecreeDraftForm values) {
        try {
            UUID earlier = WrittenValues.id(values.supersedes(), "supersedes");
            return earlier == null
                    ? null
                    : decrees.find(new DecreeId(earlier))
                            .map(decree -> decree.content().number().value())
                            .orElse(null);
        } catch (DomainException unreadable) {
            return null;
        }
    }
}
