package id.kinerja.api.evaluation;

import id.kinerja.api.shared.DocumentAnswers;
import id.kinerja.api.shared.PageResponse;
import id.kinerja.api.shared.Paging;
import id.kinerja.documents.render.DocumentFormat;
import id.kinerja.documents.report.RecapDocument;
import id.kinerja.domain.evaluation.ReadRecap;
import id.kinerja.domain.evaluation.ReadRecap.Recap;
import id.kinerja.domain.evaluation.ReadRecap.RecapQuery;
import id.kinerja.domain.evaluation.RecapOrder;
import id.kinerja.domain.evaluation.UnitRecap;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.Year;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Rekapitulasi: every unit's year side by side, from the same engine as each unit's attainment; JSON a page at
 * a time, or every selected unit as XLSX by {@code Accept}.
 */
@Controller("/api/v1/recap")
@Tag(name = "Rekapitulasi / Recap across units")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RecapController {
    private final ReadRecap recap;

    public RecapController(ReadRecap recap) {
        this.recap = recap;
    }

    /** Which way a sort runs. */
    public enum Direction {
        ASC,
        DESC
    }

    /** How many indicators a band of the rating scale got. */
    @Serdeable
    public record RatingCountResponse(String rating, int indicators) {}

    /**
     * A unit's line.
     *
     * @param score the unit's score in percent, absent when nothing could be computed
     * @param met computed attainments of at least 100 % and qualitative targets achieved
     * @param targetBasis AGREEMENT where the unit's signed PK set the year's targets (its version beside), else IKU
     */
    @Serdeable
    public record UnitRecapResponse(
            UUID unitId,
            String name,
            @Nullable UUID parentId,
            @Nullable String parentName,
            boolean decreeInForce,
            @Nullable BigDecimal score,
            @Nullable String rating,
            int indicators,
            int met,
            int notMet,
            int notFilled,
            int notComputable,
            int notApplicable,
            List<RatingCountResponse> ratings,
            int waitingForReview,
            boolean closed,
            String targetBasis,
            @Nullable Integer agreementVersion) {
        static UnitRecapResponse of(UnitRecap line) {
            return new UnitRecapResponse(
                    line.unitId().value(),
                    line.name(),
                    line.parentId() == null ? null : line.parentId().value(),
                    line.parentName(),
                    line.decreeInForce(),
                    line.score().percent().orElse(null),
                    line.score().rating().orElse(null),
                    line.indicators(),
                    line.met(),
                    line.notMet(),
                    line.notFilled(),
                    line.notComputable(),
                    line.notApplicable(),
                    line.ratings().stream()
                            .map(rating -> new RatingCountResponse(rating.label(), rating.count()))
                            .toList(),
                    line.waitingForReview(),
                    line.closed(),
                    line.targetSource().basis().name(),
                    line.targetSource().agreementVersion().orElse(null));
        }
    }

    /** The year, the rating scale the ratings come from, and a page of units. */
    @Serdeable
    public record RecapResponse(int year, String scale, PageResponse<UnitRecapResponse> units) {}

    /**
     * The recap of a year.
     *
     * @param parent only the units below this one, at any depth
     * @param sort NAME (default), SCORE, MET, NOT_MET, NOT_FILLED, NOT_COMPUTABLE, WAITING_FOR_REVIEW, CLOSED; a
     *     unit without a score is last whichever the direction
     * @param direction ASC (default) or DESC
     */
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Produces({MediaType.APPLICATION_JSON, DocumentAnswers.XLSX})
    public HttpResponse<?> recap(
            @QueryValue int year,
            @Nullable @QueryValue UUID parent,
            @Nullable @QueryValue RecapOrder sort,
            @Nullable @QueryValue Direction direction,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue Integer size,
            HttpRequest<?> request) {
        RecapQuery query = new RecapQuery(
                Year.of(year),
                Optional.ofNullable(parent).map(OrganizationUnitId::new),
                sort,
                direction == Direction.DESC);
        Optional<DocumentFormat> format = DocumentAnswers.requested(request);
        if (format.isPresent()) {
            Recap<List<UnitRecap>> all = recap.all(query);
            return DocumentAnswers.file(
                    format.get(), RecapDocument.of(all.year(), all.scale(), all.units()), "rekapitulasi-" + year);
        }
        Recap<Page<UnitRecap>> found = recap.page(query, Paging.of(page, size));
        return HttpResponse.ok(new RecapResponse(
                        year, found.scale().name(), PageResponse.of(found.units(), UnitRecapResponse::of)))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
