package id.kinerja.api.cascade;

import id.kinerja.api.cascade.CascadeResources.CascadeResponse;
import id.kinerja.api.cascade.CascadeResources.SupportRequest;
import id.kinerja.api.cascade.CascadeResources.SupportResponse;
import id.kinerja.domain.cascade.CascadeNode;
import id.kinerja.domain.cascade.ReadCascade;
import id.kinerja.domain.cascade.SetSupport;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.UUID;

/**
 * Kaskade kinerja: a planner of a unit names the objective or indicator of the parent unit that the unit's
 * objective or indicator supports (or clears it); anyone signed in reads the tree of a year from the top down.
 */
@Controller("/api/v1")
@Tag(name = "Kaskade / Cascading")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CascadeController {
    private final SetSupport setSupport;
    private final ReadCascade cascade;

    public CascadeController(SetSupport setSupport, ReadCascade cascade) {
        this.setSupport = setSupport;
        this.cascade = cascade;
    }

    /**
     * The tree of a year: each unit, its objectives and indicators with their attainment, what supports them and
     * where the chain breaks.
     *
     * @param unit the unit the tree starts at; absent means every unit at the top
     */
    @Get("/cascade")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public CascadeResponse tree(@QueryValue int year, @Nullable @QueryValue UUID unit) {
        return CascadeResponse.of(
                cascade.of(Year.of(year), Optional.ofNullable(unit).map(OrganizationUnitId::new)));
    }

    @Put("/objectives/{id}/support")
    @Secured(Roles.PLANNER)
    @Audited(entity = "cascade-support", idVariables = "id")
    public SupportResponse supportFromObjective(
            @PathVariable UUID id, @Body SupportRequest body, Authentication authentication) {
        return set(CascadeNode.of(new ObjectiveId(id)), body, authentication);
    }

    @Put("/indicators/{id}/support")
    @Secured(Roles.PLANNER)
    @Audited(entity = "cascade-support", idVariables = "id")
    public SupportResponse supportFromIndicator(
            @PathVariable UUID id, @Body SupportRequest body, Authentication authentication) {
        return set(CascadeNode.of(new IndicatorId(id)), body, authentication);
    }

    @Delete("/objectives/{id}/support")
    @Secured(Roles.PLANNER)
    @Audited(entity = "cascade-support", idVariables = "id")
    public HttpResponse<?> clearFromObjective(@PathVariable UUID id, Authentication authentication) {
        return clear(CascadeNode.of(new ObjectiveId(id)), authentication);
    }

    @Delete("/indicators/{id}/support")
    @Secured(Roles.PLANNER)
    @Audited(entity = "cascade-support", idVariables = "id")
    public HttpResponse<?> clearFromIndicator(@PathVariable UUID id, Authentication authentication) {
        return clear(CascadeNode.of(new IndicatorId(id)), authentication);
    }

    private SupportResponse set(CascadeNode supporter, SupportRequest body, Authentication authentication) {
        return setSupport
                .set(new SetSupport.Command(SignedInUser.actor(authentication), supporter, Optional.of(body.node())))
                .map(SupportResponse::of)
                .orElseThrow();
    }

    private HttpResponse<?> clear(CascadeNode supporter, Authentication authentication) {
        setSupport.set(new SetSupport.Command(SignedInUser.actor(authentication), supporter, Optional.empty()));
        return HttpResponse.noContent();
    }
}
