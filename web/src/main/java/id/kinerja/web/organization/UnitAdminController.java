package id.kinerja.web.organization;

import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.ReadOrganization;
import id.kinerja.domain.organization.RegisterOrganizationUnit;
import id.kinerja.domain.organization.ReviseOrganizationUnit;
import id.kinerja.domain.organization.UnitType;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.organization.UnitFormView.TypeChoice;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Registering a unit under a parent and revising its name, kind, tasks and functions, through the use cases of
 * the API's {@code /api/v1/units} and with its rule of who may (planners, ADR 0013).
 */
@Controller("/unit")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PLANNER)
public class UnitAdminController {
    private final ReadOrganization organization;
    private final RegisterOrganizationUnit register;
    private final ReviseOrganizationUnit revise;
    private final UnitPicker units;
    private final FormSubmission forms;
    private final Words words;

    UnitAdminController(
            ReadOrganization organization,
            RegisterOrganizationUnit register,
            ReviseOrganizationUnit revise,
            UnitPicker units,
            FormSubmission forms,
            Words words) {
        this.organization = organization;
        this.register = register;
        this.revise = revise;
        this.units = units;
        this.forms = forms;
        this.words = words;
    }

    /** The form of a new unit, under the parent the address names (from the tree's "add a sub-unit"). */
    @Get("/baru")
    public ModelAndView<UnitFormView> newUnit(@Nullable @QueryValue String induk) {
        return form(null, UnitForm.empty(induk), null);
    }

    @Post
    @Audited(entity = "unit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Body UnitForm form, Authentication authentication) {
        return forms.submit(
                request,
                "unit",
                form,
                typed -> {
                    OrganizationUnit created = register.register(new RegisterOrganizationUnit.Command(
                            SignedInUser.actor(authentication), typed.parent(), typed.profile(null)));
                    return Submitted.changed("/unit?cari=" + encoded(created), created.id(), created);
                },
                refusal -> form(null, form, refusal));
    }

    @Get("/{id}/ubah")
    public ModelAndView<UnitFormView> edit(@PathVariable UUID id) {
        return form(id, UnitForm.of(organization.get(new OrganizationUnitId(id))), null);
    }

    @Post("/{id}")
    @Audited(entity = "unit", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> change(
            HttpRequest<?> request, @PathVariable UUID id, @Body UnitForm form, Authentication authentication) {
        return forms.submit(
                request,
                "unit",
                form,
                typed -> {
                    OrganizationUnit before = organization.get(new OrganizationUnitId(id));
                    OrganizationUnit changed = revise.revise(new ReviseOrganizationUnit.Command(
                            SignedInUser.actor(authentication),
                            before.id(),
                            typed.readVersion(),
                            typed.parent(),
                            typed.profile(before)));
                    return Submitted.changed("/unit?cari=" + encoded(changed), id, changed);
                },
                refusal -> form(id, form, refusal));
    }

    private static String encoded(OrganizationUnit unit) {
        return java.net.URLEncoder.encode(unit.profile().name(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private ModelAndView<UnitFormView> form(UUID id, UnitForm values, Refusal refusal) {
        List<TypeChoice> types = Arrays.stream(UnitType.values())
                .map(type -> new TypeChoice(type.name(), words.label(type)))
                .toList();
        return new ModelAndView<>(
                "unit-form",
                new UnitFormView(
                        id,
                        units.all().stream()
                                .filter(unit -> !unit.id().equals(id))
                                .toList(),
                        types,
                        values,
                        refusal));
    }
}
