package id.kinerja.web.user;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.user.AssignUnits;
import id.kinerja.domain.user.CreateUser;
import id.kinerja.domain.user.ReadUsers;
import id.kinerja.domain.user.Role;
import id.kinerja.domain.user.UpdateUser;
import id.kinerja.domain.user.User;
import id.kinerja.domain.user.UserId;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Pager;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.UnitChoice;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import id.kinerja.web.user.UserViews.Account;
import id.kinerja.web.user.UserViews.NewUser;
import id.kinerja.web.user.UserViews.RoleBox;
import id.kinerja.web.user.UserViews.UserList;
import id.kinerja.web.user.UserViews.UserRow;
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
import io.micronaut.views.ModelAndView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Pengguna: administrators list and find accounts, open one with the password they pass on to the person, change
 * its name, roles and whether it may sign in, set a new password, and add or remove the units it works for —
 * through the use cases the API's {@code /api/v1/users} calls.
 */
@Controller("/pengguna")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
public class UserPagesController {
    private static final int PAGE_SIZE = 20;

    private final ReadUsers users;
    private final CreateUser create;
    private final UpdateUser update;
    private final AssignUnits assign;
    private final UnitPicker units;
    private final FormSubmission forms;
    private final Words words;

    UserPagesController(
            ReadUsers users,
            CreateUser create,
            UpdateUser update,
            AssignUnits assign,
            UnitPicker units,
            FormSubmission forms,
            Words words) {
        this.users = users;
        this.create = create;
        this.update = update;
        this.assign = assign;
        this.units = units;
        this.forms = forms;
        this.words = words;
    }

    @Get
    public ModelAndView<UserList> list(@Nullable @QueryValue String cari, @Nullable @QueryValue Integer page) {
        int number = Pager.requested(page);
        String search = cari == null ? "" : cari.strip();
        Page<User> found = users.search(search, new PageRequest(number, PAGE_SIZE));
        return new ModelAndView<>(
                "users",
                new UserList(
                        found.items().stream().map(this::row).toList(),
                        Pager.of(found, number, PAGE_SIZE),
                        search,
                        search.isEmpty()
                                ? "/pengguna"
                                : "/pengguna?cari=" + URLEncoder.encode(search, StandardCharsets.UTF_8)));
    }

    @Get("/baru")
    public ModelAndView<NewUser> newUser() {
        return newUserPage(NewUserForm.empty(), null);
    }

    @Post
    @Audited(entity = "user")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Body NewUserForm form) {
        return forms.submit(
                request,
                "pengguna",
                form,
                typed -> {
                    User created = create.create(typed.command());
                    return Submitted.changed("/pengguna/" + created.id(), created.id(), created);
                },
                refusal -> newUserPage(form.withoutPassword(), refusal));
    }

    @Get("/{id}")
    public ModelAndView<Account> account(@PathVariable UUID id, @Nullable @QueryValue String sandi) {
        return accountPage(id, null, null, sandi != null);
    }

    @Post("/{id}")
    @Audited(entity = "user", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> change(HttpRequest<?> request, @PathVariable UUID id, @Body AccountForm form) {
        return forms.submit(
                request,
                "akun",
                form,
                typed -> {
                    User changed = update.update(typed.command(new UserId(id)));
                    return Submitted.changed("/pengguna/" + id, id, changed);
                },
                refusal -> accountPage(id, form, refusal, false));
    }

    /** A new password set by the administrator, under the same policy as every password. */
    @Post("/{id}/sandi")
    @Audited(entity = "user", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> setPassword(HttpRequest<?> request, @PathVariable UUID id, @Body PasswordForm form) {
        return forms.submit(
                request,
                "sandi",
                form,
                typed -> {
                    User user = users.get(new UserId(id));
                    User changed = update.update(new UpdateUser.Command(
                            user.id(),
                            typed.readVersion(),
                            user.displayName(),
                            user.roles(),
                            user.active(),
                            typed.password()));
                    return Submitted.changed("/pengguna/" + id + "?sandi=baru", id, changed);
                },
                refusal -> accountPage(id, null, refusal, false));
    }

    @Post("/{id}/unit")
    @Audited(entity = "user-units", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> assignUnit(HttpRequest<?> request, @PathVariable UUID id, @Body UnitAssignmentForm form) {
        return forms.submit(
                request,
                "unit",
                form,
                typed -> {
                    User user = users.get(new UserId(id));
                    Set<OrganizationUnitId> assigned = assign.assign(user.id(), typed.applyTo(users.unitsOf(user)));
                    return Submitted.changed(
                            "/pengguna/" + id + "#unit",
                            id,
                            assigned.stream().map(OrganizationUnitId::value).collect(Collectors.toSet()));
                },
                refusal -> accountPage(id, null, refusal, false));
    }

    private UserRow row(User user) {
        return new UserRow(
                user.id().value(),
                user.username().value(),
                user.displayName(),
                rolesInWords(user.roles()),
                words.get(user.active() ? "users.active" : "users.disabled"));
    }

    private String rolesInWords(Set<Role> roles) {
        return roles.stream().sorted().map(words::label).collect(Collectors.joining(", "));
    }

    private ModelAndView<NewUser> newUserPage(NewUserForm values, Refusal refusal) {
        return new ModelAndView<>("user-new", new NewUser(values, boxes(values.roles()), refusal));
    }

    /** The account as stored, or — after a refusal of its main form — as it was typed. */
    private ModelAndView<Account> accountPage(UUID id, AccountForm typed, Refusal refusal, boolean passwordChanged) {
        User user = users.get(new UserId(id));
        Set<UUID> assignedIds =
                users.unitsOf(user).stream().map(OrganizationUnitId::value).collect(Collectors.toSet());
        List<UnitChoice> all = units.all();
        return new ModelAndView<>(
                "user",
                new Account(
                        id,
                        user.username().value(),
                        typed == null ? user.displayName() : typed.displayName(),
                        user.version(),
                        boxes(typed == null ? RoleChoice.of(user.roles()) : typed.roles()),
                        typed == null ? user.active() : typed.active() != null,
                        all.stream()
                                .filter(unit -> assignedIds.contains(unit.id()))
                                .toList(),
                        all,
                        passwordChanged,
                        refusal));
    }

    private List<RoleBox> boxes(RoleChoice chosen) {
        Set<Role> ticked = chosen.chosen();
        return List.of(Role.ADMIN, Role.PLANNER, Role.EVALUATOR, Role.AUDITOR).stream()
                .map(role -> new RoleBox(
                        "role" + role.name().charAt(0)
                                + role.name().substring(1).toLowerCase(java.util.Locale.ROOT),
                        words.label(role),
                        ticked.contains(role)))
                .toList();
    }
}
