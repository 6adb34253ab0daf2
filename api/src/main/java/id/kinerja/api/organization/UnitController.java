package id.kinerja.api.organization;

import id.kinerja.api.organization.UnitResources.UnitRequest;
import id.kinerja.api.organization.UnitResources.UnitResponse;
import id.kinerja.api.shared.PageResponse;
import id.kinerja.api.shared.Paging;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.ReadOrganization;
import id.kinerja.domain.organization.RegisterOrganizationUnit;
import id.kinerja.domain.organization.ReviseOrganizationUnit;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;

/** Unit organisasi: everyone signed in reads the tree; planners register and revise units. */
@Controller("/api/v1/units")
@Tag(name = "Unit organisasi / Organization units")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UnitController {
    private final ReadOrganization units;
    private final RegisterOrganizationUnit register;
    private final ReviseOrganizationUnit revise;

    public UnitController(ReadOrganization units, RegisterOrganizationUnit register, ReviseOrganizationUnit revise) {
        this.units = units;
        this.register = register;
        this.revise = revise;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public PageResponse<UnitResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(units.list(Paging.of(page, size)), UnitResponse::of);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public UnitResponse get(@PathVariable UUID id) {
        return UnitResponse.of(units.get(new OrganizationUnitId(id)));
    }

    @Post
    // administrators register any unit, planners units under one they plan for (ADR 0020)
    @Secured({Roles.PLANNER, Roles.ADMIN})
    @Audited(entity = "unit")
    public HttpResponse<UnitResponse> register(@Body @Valid UnitRequest request, Authentication authentication) {
        UnitResponse created = UnitResponse.of(register.register(new RegisterOrganizationUnit.Command(
                SignedInUser.actor(authentication), request.parent(), request.profile())));
        return HttpResponse.created(created, URI.create("/api/v1/units/" + created.id()));
    }

    @Put("/{id}")
    @Secured({Roles.PLANNER, Roles.ADMIN})
    @Audited(entity = "unit", idVariables = "id")
    public UnitResponse revise(@PathVariable UUID id, @Body @Valid UnitRequest request, Authentication authentication) {
        long version = InvalidValue.requirePresent(request.version(), "version");
        return UnitResponse.of(revise.revise(new ReviseOrganizationUnit.Command(
                SignedInUser.actor(authentication),
                new OrganizationUnitId(id),
                version,
                request.parent(),
                request.profile())));
    }
}
