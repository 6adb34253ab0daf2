package id.kinerja.api.evaluation;

import id.kinerja.api.evaluation.EvaluationResources.ClosureResponse;
import id.kinerja.api.evaluation.EvaluationResources.IndicatorHistoryResponse;
import id.kinerja.api.evaluation.EvaluationResources.RatingScaleBody;
import id.kinerja.api.evaluation.EvaluationResources.UnitEvaluationResponse;
import id.kinerja.api.evaluation.EvaluationResources.YearChange;
import id.kinerja.domain.evaluation.AttainmentCap;
import id.kinerja.domain.evaluation.CloseYear;
import id.kinerja.domain.evaluation.DefineRatingScale;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.ReadRatingScales;
import id.kinerja.domain.evaluation.ReadYearClosures;
import id.kinerja.domain.evaluation.TargetBasis;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.problem.Messages;
import id.kinerja.http.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Capaian kinerja: a unit's year evaluated objective by objective, an indicator across its plan, the years
 * auditors close and reopen, and the rating scales.
 */
@Controller("/api/v1")
@Tag(name = "Capaian / Attainment")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AttainmentController {
    private final EvaluateAttainment evaluate;
    private final AttainmentJson json;
    private final CloseYear closeYear;
    private final ReadYearClosures closures;
    private final ReadRatingScales scales;
    private final DefineRatingScale defineScale;
    private final Messages texts;

    public AttainmentController(
            EvaluateAttainment evaluate,
            AttainmentJson json,
            CloseYear closeYear,
            ReadYearClosures closures,
            ReadRatingScales scales,
            DefineRatingScale defineScale,
            Messages texts) {
        this.evaluate = evaluate;
        this.json = json;
        this.closeYear = closeYear;
        this.closures = closures;
        this.scales = scales;
        this.defineScale = defineScale;
        this.texts = texts;
    }

    /**
     * The unit's evaluation for the year.
     *
     * @param cap how much one indicator may count for in the averages: NONE (default), CAP_100, CAP_110, CAP_120
     * @param scale the rating scale's name; Permendagri 86/2017 by default
     * @param basis AGREEMENT (the signed PK's targets) or IKU; by default the PK's where one is signed
     */
    @Get("/units/{id}/attainment")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiResponse(
            responseCode = "200",
            description = "The evaluation; its ETag changes with every recorded change of the registry",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UnitEvaluationResponse.class)))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    public HttpResponse<byte[]> unit(
            @PathVariable UUID id,
            @QueryValue int year,
            @Nullable @QueryValue AttainmentCap cap,
            @Nullable @QueryValue String scale,
            @Nullable @QueryValue TargetBasis basis,
            @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AttainmentJson.Written written = json.ofUnit(new OrganizationUnitId(id), Year.of(year), cap, scale, basis);
        String entityTag = written.entityTag();
        // private: the answer is for signed-in readers; no-cache: a client may keep it but asks again each time
        MutableHttpResponse<byte[]> response = entityTag.equals(ifNoneMatch)
                ? HttpResponse.notModified()
                : HttpResponse.ok(written.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
        return response.header(HttpHeaders.ETAG, entityTag).header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }

    @Get("/indicators/{id}/attainment")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public IndicatorHistoryResponse indicator(@PathVariable UUID id, @Nullable @QueryValue String scale) {
        return IndicatorHistoryResponse.of(evaluate.ofIndicator(new IndicatorId(id), scale), texts);
    }

    @Get("/units/{id}/years/{year}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ClosureResponse closure(@PathVariable UUID id, @PathVariable int year) {
        return ClosureResponse.of(closures.of(new OrganizationUnitId(id), Year.of(year)));
    }

    @Post("/units/{id}/years/{year}/close")
    @Secured({Roles.AUDITOR, Roles.ADMIN})
    @Audited(
            entity = "unit-year",
            idVariables = {"id", "year"})
    public ClosureResponse close(
            @PathVariable UUID id,
            @PathVariable int year,
            @Body @Valid YearChange change,
            Authentication authentication,
            HttpRequest<?> request) {
        return change(true, id, year, change, authentication, request);
    }

    @Post("/units/{id}/years/{year}/reopen")
    @Secured({Roles.AUDITOR, Roles.ADMIN})
    @Audited(
            entity = "unit-year",
            idVariables = {"id", "year"})
    public ClosureResponse reopen(
            @PathVariable UUID id,
            @PathVariable int year,
            @Body @Valid YearChange change,
            Authentication authentication,
            HttpRequest<?> request) {
        return change(false, id, year, change, authentication, request);
    }

    private ClosureResponse change(
            boolean close,
            UUID id,
            int year,
            YearChange change,
            Authentication authentication,
            HttpRequest<?> request) {
        Audited.Reason.attach(request, change.reason());
        OrganizationUnitId unit = new OrganizationUnitId(id);
        return ClosureResponse.of(
                close
                        ? closeYear.close(unit, Year.of(year), authentication.getName(), change.reason())
                        : closeYear.reopen(unit, Year.of(year), authentication.getName(), change.reason()));
    }

    @Get("/rating-scales")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<RatingScaleBody> ratingScales() {
        return scales.list().stream().map(RatingScaleBody::of).toList();
    }

    /** Adds a scale, as data: bands from the highest lower bound down, the last without one. */
    @Post("/rating-scales")
    @Secured({Roles.PLANNER, Roles.ADMIN})
    @Audited(entity = "rating-scale")
    public HttpResponse<RatingScaleBody> addRatingScale(@Body @Valid RatingScaleBody body) {
        var scale = body.toScale();
        defineScale.define(scale);
        return HttpResponse.created(
                RatingScaleBody.of(scale),
                URI.create("/api/v1/rating-scales/"
                        + java.net.URLEncoder.encode(scale.name(), java.nio.charset.StandardCharsets.UTF_8)));
    }
}
