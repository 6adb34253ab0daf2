package id.kinerja.api.evaluation;

import id.kinerja.domain.evaluation.PublishResults;
import id.kinerja.domain.evaluation.ReadPublishedResults;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;

/**
 * Hasil terbuka: whether a unit publishes the verified figures of its closed years at {@code /publik}, for
 * anyone to read without signing in. Administrators and planners decide (planners are not yet scoped to
 * units, ADR 0013).
 */
@Controller("/api/v1/units/{id}/publication")
@Tag(name = "Hasil terbuka / Public results")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PublicationController {
    private final PublishResults publish;
    private final ReadPublishedResults published;

    public PublicationController(PublishResults publish, ReadPublishedResults published) {
        this.publish = publish;
        this.published = published;
    }

    /** Whether the unit publishes; {@code published} is required when changing it. */
    @Serdeable
    public record Publication(@Nullable Boolean published) {}

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public Publication get(@PathVariable UUID id) {
        return new Publication(published.published(new OrganizationUnitId(id)));
    }

    @Put
    @Secured({Roles.PLANNER, Roles.ADMIN})
    @Audited(
            entity = "unit-publication",
            idVariables = {"id"})
    public Publication change(@PathVariable UUID id, @Body @Valid Publication body, Authentication authentication) {
        return new Publication(
                publish.change(SignedInUser.actor(authentication), new OrganizationUnitId(id), body.published()));
    }
}
