package id.kinerja.api.indicator;

import id.kinerja.api.indicator.IndicatorResources.TargetResponse;
import id.kinerja.api.organization.UnitResources.LetteredText;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DecreeStatus;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.indicator.ReadDecreeAnnex;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.indicator.ReviseObjective;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.plan.PlanPeriodId;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Sasaran and the Lampiran: a decree's objectives, and its IKU table as the paper prints it. */
@Controller("/api/v1")
@Tag(name = "Sasaran dan lampiran / Objectives and annex")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ObjectiveController {
    private final ReadIndicators objectives;
    private final AddObjective add;
    private final ReviseObjective revise;
    private final ReadDecreeAnnex annexes;

    public ObjectiveController(
            ReadIndicators objectives, AddObjective add, ReviseObjective revise, ReadDecreeAnnex annexes) {
        this.objectives = objectives;
        this.add = add;
        this.revise = revise;
        this.annexes = annexes;
    }

    @Serdeable
    public record ObjectiveRequest(
            @NotNull UUID planPeriodId,
            @NotBlank @Size(max = 20) String code,
            @NotBlank @Size(max = 2000) String statement) {}

    /**
     * A draft's objective rewritten: its number and words, with the version it was read at. Its plan period
     * stays, since the targets under it were set for that period's years.
     */
    @Serdeable
    public record ObjectiveRevisionRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 20) String code,
            @NotBlank @Size(max = 2000) String statement) {}

    /** An objective; {@code version} is sent back with a revision, so that no revision overwrites another. */
    @Serdeable
    public record ObjectiveResponse(
            UUID id, UUID decreeId, UUID unitId, UUID planPeriodId, String code, String statement, long version) {
        public static ObjectiveResponse of(Objective objective) {
            return new ObjectiveResponse(
                    objective.id().value(),
                    objective.decreeId().value(),
                    objective.unitId().value(),
                    objective.planPeriodId().value(),
                    objective.code(),
                    objective.statement(),
                    objective.version());
        }
    }

    @Serdeable
    public record AnnexDecree(UUID id, String number, String title, DecreeStatus status) {}

    @Serdeable
    public record AnnexUnit(UUID id, String name, List<String> tasks, List<LetteredText> functions) {}

    /** One line of the IKU table; {@code targets} holds one entry per year of the annex that has a target. */
    @Serdeable
    public record AnnexRow(
            String number,
            UUID objectiveId,
            String objective,
            UUID indicatorId,
            @Nullable String indicatorCode,
            String indicator,
            @Nullable String definition,
            @Nullable String formula,
            @Nullable String unitOfMeasure,
            List<String> surveyedServices,
            List<TargetResponse> targets,
            @Nullable String dataSource) {}

    @Serdeable
    public record AnnexResponse(AnnexDecree decree, AnnexUnit unit, List<Integer> years, List<AnnexRow> rows) {}

    @Get("/decrees/{id}/objectives")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<ObjectiveResponse> list(@PathVariable UUID id) {
        return objectives.objectivesOf(new DecreeId(id)).stream()
                .map(ObjectiveResponse::of)
                .toList();
    }

    @Get("/objectives/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ObjectiveResponse get(@PathVariable UUID id) {
        return ObjectiveResponse.of(objectives.objective(new ObjectiveId(id)));
    }

    @Post("/decrees/{id}/objectives")
    @Secured(Roles.PLANNER)
    @Audited(entity = "objective")
    public HttpResponse<ObjectiveResponse> add(
            @PathVariable UUID id, @Body @Valid ObjectiveRequest request, Authentication authentication) {
        ObjectiveResponse created = ObjectiveResponse.of(add.add(new AddObjective.Command(
                SignedInUser.actor(authentication),
                new DecreeId(id),
                new PlanPeriodId(request.planPeriodId()),
                request.code(),
                request.statement())));
        return HttpResponse.created(created, URI.create("/api/v1/objectives/" + created.id()));
    }

    /**
     * Rewrites the number and words of an objective while its decree is a draft, as an indicator's definition is
     * revised; an enacted decree's objective changes only by a new decree that replaces it (409).
     */
    @Put("/objectives/{id}")
    @Secured(Roles.PLANNER)
    @Audited(entity = "objective", idVariables = "id")
    public ObjectiveResponse revise(
            @PathVariable UUID id, @Body @Valid ObjectiveRevisionRequest request, Authentication authentication) {
        return ObjectiveResponse.of(revise.revise(new ReviseObjective.Command(
                SignedInUser.actor(authentication),
                new ObjectiveId(id),
                request.version(),
                request.code(),
                request.statement())));
    }

    @Get("/decrees/{id}/annex")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public AnnexResponse annex(@PathVariable UUID id) {
        DecreeAnnex annex = annexes.read(new DecreeId(id));
        UnitProfile unit = annex.unit().profile();
        List<AnnexRow> rows = annex.rows().stream().map(row -> row(annex, row)).toList();
        return new AnnexResponse(
                new AnnexDecree(
                        annex.decree().id().value(),
                        annex.decree().content().number().value(),
                        annex.decree().content().title(),
                        annex.decree().status()),
                new AnnexUnit(annex.unit().id().value(), unit.name(), unit.tasks(), LetteredText.functionsOf(unit)),
                annex.years().stream().map(year -> year.value()).toList(),
                rows);
    }

    private static AnnexRow row(DecreeAnnex annex, DecreeAnnex.Row row) {
        IndicatorDefinition d = row.indicator().definition();
        return new AnnexRow(
                row.objective().code(),
                row.objective().id().value(),
                row.objective().statement(),
                row.indicator().id().value(),
                d.code(),
                d.name(),
                d.definition(),
                d.formula(),
                d.unitOfMeasure(),
                d.surveyedServices(),
                row.targetsFor(annex.years()).stream().map(TargetResponse::of).toList(),
                d.dataSource());
    }
}
