package id.kinerja.api.plan;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.plan.DefinePlanPeriod;
import id.kinerja.domain.plan.PlanKind;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.plan.ReadPlanPeriods;
import id.kinerja.domain.shared.Year;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Periode rencana: everyone signed in reads them; planners define them. */
@Controller("/api/v1/plan-periods")
@Tag(name = "Periode rencana / Plan periods")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanPeriodController {
    private final ReadPlanPeriods periods;
    private final DefinePlanPeriod define;

    public PlanPeriodController(ReadPlanPeriods periods, DefinePlanPeriod define) {
        this.periods = periods;
        this.define = define;
    }

    @Serdeable
    public record PlanPeriodRequest(
            @NotNull UUID unitId,
            @NotNull PlanKind kind,
            @Nullable @Size(max = 200) String name,
            @NotNull Integer firstYear,
            @NotNull Integer lastYear) {}

    @Serdeable
    public record PlanPeriodResponse(UUID id, UUID unitId, PlanKind kind, String name, int firstYear, int lastYear) {
        public static PlanPeriodResponse of(PlanPeriod period) {
            return new PlanPeriodResponse(
                    period.id().value(),
                    period.unitId().value(),
                    period.kind(),
                    period.name(),
                    period.firstYear().value(),
                    period.lastYear().value());
        }
    }

    /** All plan periods, or those of one unit; there are a handful per unit, so the list is not paged. */
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<PlanPeriodResponse> list(@Nullable @QueryValue UUID unitId) {
        List<PlanPeriod> found = unitId == null ? periods.all() : periods.ofUnit(new OrganizationUnitId(unitId));
        return found.stream().map(PlanPeriodResponse::of).toList();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public PlanPeriodResponse get(@PathVariable UUID id) {
        return PlanPeriodResponse.of(periods.get(new PlanPeriodId(id)));
    }

    @Post
    @Secured(Roles.PLANNER)
    @Audited(entity = "plan-period")
    public HttpResponse<PlanPeriodResponse> define(
            @Body @Valid PlanPeriodRequest request, Authentication authentication) {
        PlanPeriodResponse created = PlanPeriodResponse.of(define.define(new DefinePlanPeriod.Command(
                SignedInUser.actor(authentication),
                new OrganizationUnitId(request.unitId()),
                request.kind(),
                request.name(),
                Year.of(request.firstYear()),
                Year.of(request.lastYear()))));
        return HttpResponse.created(created, URI.create("/api/v1/plan-periods/" + created.id()));
    }
}
