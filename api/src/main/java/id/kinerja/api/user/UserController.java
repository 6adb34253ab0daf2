package id.kinerja.api.user;

import id.kinerja.api.shared.PageResponse;
import id.kinerja.api.shared.Paging;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.user.AssignUnits;
import id.kinerja.domain.user.CreateUser;
import id.kinerja.domain.user.ReadUsers;
import id.kinerja.domain.user.Role;
import id.kinerja.domain.user.UpdateUser;
import id.kinerja.domain.user.User;
import id.kinerja.domain.user.UserId;
import id.kinerja.domain.user.Username;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Pengguna: only administrators see and manage accounts. Password hashes never leave the server. */
@Controller("/api/v1/users")
@Tag(name = "Pengguna / Users")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserController {
    private final ReadUsers users;
    private final CreateUser create;
    private final UpdateUser update;
    private final AssignUnits assign;

    public UserController(ReadUsers users, CreateUser create, UpdateUser update, AssignUnits assign) {
        this.users = users;
        this.create = create;
        this.update = update;
        this.assign = assign;
    }

    /** The units a person works for; an evaluator enters realizations for these and the units under them. */
    @Serdeable
    public record UnitsOfUser(UUID id, @NotNull Set<@NotNull UUID> unitIds) {}

    @io.micronaut.http.annotation.Get("/{id}/units")
    public UnitsOfUser units(@io.micronaut.http.annotation.PathVariable UUID id) {
        User user = users.get(new UserId(id));
        return new UnitsOfUser(
                id,
                users.unitsOf(user).stream()
                        .map(OrganizationUnitId::value)
                        .collect(java.util.stream.Collectors.toSet()));
    }

    @io.micronaut.http.annotation.Put("/{id}/units")
    @Audited(entity = "user-units", idVariables = "id")
    public UnitsOfUser assignUnits(@io.micronaut.http.annotation.PathVariable UUID id, @Body @Valid UnitsOfUser body) {
        Set<OrganizationUnitId> assigned = assign.assign(
                new UserId(id),
                body.unitIds().stream().map(OrganizationUnitId::new).collect(java.util.stream.Collectors.toSet()));
        return new UnitsOfUser(
                id, assigned.stream().map(OrganizationUnitId::value).collect(java.util.stream.Collectors.toSet()));
    }

    @Serdeable
    public record NewUser(
            @NotBlank String username,
            @NotBlank String displayName,
            @NotBlank String password,
            @NotEmpty Set<@NotNull Role> roles) {}

    /** A user's new state; {@code password} only to set a new one. */
    @Serdeable
    public record UserChange(
            @NotNull Long version,
            @NotBlank String displayName,
            @NotEmpty Set<@NotNull Role> roles,
            @NotNull Boolean active,
            @Nullable String password) {}

    @Serdeable
    public record UserResponse(
            UUID id, String username, String displayName, List<Role> roles, boolean active, long version) {
        public static UserResponse of(User user) {
            return new UserResponse(
                    user.id().value(),
                    user.username().value(),
                    user.displayName(),
                    user.roles().stream().sorted().toList(),
                    user.active(),
                    user.version());
        }
    }

    @Get
    public PageResponse<UserResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(users.list(Paging.of(page, size)), UserResponse::of);
    }

    @Get("/{id}")
    public UserResponse get(@PathVariable UUID id) {
        return UserResponse.of(users.get(new UserId(id)));
    }

    @Post
    @Audited(entity = "user")
    public HttpResponse<UserResponse> create(@Body @Valid NewUser request) {
        UserResponse created = UserResponse.of(create.create(new CreateUser.Command(
                new Username(request.username()), request.displayName(), request.password(), request.roles())));
        return HttpResponse.created(created, URI.create("/api/v1/users/" + created.id()));
    }

    @Put("/{id}")
    @Audited(entity = "user", idVariables = "id")
    public UserResponse update(@PathVariable UUID id, @Body @Valid UserChange change) {
        return UserResponse.of(update.update(new UpdateUser.Command(
                new UserId(id),
                change.version(),
                change.displayName(),
                change.roles(),
                change.active(),
                change.password())));
    }
}
