package id.kinerja.api.indicator;

import id.kinerja.api.indicator.IndicatorResources.IndicatorRequest;
import id.kinerja.api.indicator.IndicatorResources.IndicatorResponse;
import id.kinerja.api.indicator.IndicatorResources.TargetChange;
import id.kinerja.api.shared.PageResponse;
import id.kinerja.api.shared.Paging;
import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.indicator.IndicatorChange;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.indicator.ReviseIndicator;
import id.kinerja.domain.indicator.SetTarget;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.problem.Messages;
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

/**
 * IKU: everyone signed in reads indicators with their targets; planners define them under an objective of a
 * draft decree and set their targets. Answers to changes carry warnings, such as a target category that
 * contradicts the grade table.
 */
@Controller("/api/v1")
@Tag(name = "Indikator kinerja utama / Indicators")
@ExecuteOn(TaskExecutors.BLOCKING)
public class IndicatorController {
    private final ReadIndicators indicators;
    private final DefineIndicator define;
    private final ReviseIndicator revise;
    private final SetTarget setTarget;
    private final Messages messages;

    public IndicatorController(
            ReadIndicators indicators,
            DefineIndicator define,
            ReviseIndicator revise,
            SetTarget setTarget,
            Messages messages) {
        this.indicators = indicators;
        this.define = define;
        this.revise = revise;
        this.setTarget = setTarget;
        this.messages = messages;
    }

    @Get("/indicators")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public PageResponse<IndicatorResponse> list(
            @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(indicators.list(Paging.of(page, size)), IndicatorResponse::of);
    }

    @Get("/indicators/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public IndicatorResponse get(@PathVariable UUID id) {
        return IndicatorResponse.of(indicators.get(new IndicatorId(id)));
    }

    @Post("/objectives/{objectiveId}/indicators")
    @Secured(Roles.PLANNER)
    @Audited(entity = "indicator")
    public HttpResponse<IndicatorResponse> define(
            @PathVariable UUID objectiveId, @Body @Valid IndicatorRequest request, Authentication authentication) {
        IndicatorChange change = define.define(new DefineIndicator.Command(
                SignedInUser.actor(authentication),
                new ObjectiveId(objectiveId),
                request.toDefinition(),
                request.toTargets()));
        return HttpResponse.created(
                IndicatorResponse.of(change, messages),
                URI.create("/api/v1/indicators/" + change.indicator().id()));
    }

    /** Rewrites the definition; targets change through their own routes. */
    @Put("/indicators/{id}")
    @Secured(Roles.PLANNER)
    @Audited(entity = "indicator", idVariables = "id")
    public IndicatorResponse revise(
            @PathVariable UUID id, @Body @Valid IndicatorRequest request, Authentication authentication) {
        long version = InvalidValue.requirePresent(request.version(), "version");
        if (request.targets() != null && !request.targets().isEmpty()) {
            throw new RuleViolation(
                    "indicator.targets-separately", "targets", "targets change through /indicators/{id}/targets");
        }
        return IndicatorResponse.of(
                revise.revise(new ReviseIndicator.Command(
                        SignedInUser.actor(authentication), new IndicatorId(id), version, request.toDefinition())),
                messages);
    }

    /** A target for a year that has none yet. */
    @Post("/indicators/{id}/targets")
    @Secured(Roles.PLANNER)
    @Audited(entity = "indicator", idVariables = "id")
    public IndicatorResponse addTarget(
            @PathVariable UUID id, @Body @Valid TargetChange change, Authentication authentication) {
        return IndicatorResponse.of(
                setTarget.set(new SetTarget.Command(
                        SignedInUser.actor(authentication),
                        new IndicatorId(id),
                        change.version(),
                        SetTarget.Mode.NEW,
                        change.target().toTarget())),
                messages);
    }

    /** A new value for the target of a year that has one. */
    @Put("/indicators/{id}/targets/{year}")
    @Secured(Roles.PLANNER)
    @Audited(entity = "indicator", idVariables = "id")
    public IndicatorResponse reviseTarget(
            @PathVariable UUID id,
            @PathVariable int year,
            @Body @Valid TargetChange change,
            Authentication authentication) {
        if (change.target().year() != year) {
            throw new RuleViolation(
                    "target.year-mismatch", "target.year", "the body's year differs from the address", year);
        }
        return IndicatorResponse.of(
                setTarget.set(new SetTarget.Command(
                        SignedInUser.actor(authentication),
                        new IndicatorId(id),
                        change.version(),
                        SetTarget.Mode.REVISION,
                        change.target().toTarget())),
                messages);
    }
}
