package id.kinerja.web.home;

import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.UnfinishedFigure;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.security.Roles;
import id.kinerja.web.home.YearClosingView.UnfinishedRow;
import id.kinerja.web.page.Words;
import id.kinerja.web.page.WrittenValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.util.UUID;

/**
 * Before a unit's year is closed: what is still unfinished in it — realizations not verified, indicators of the
 * decree in force without a value — and the form that confirms the close (issue 12, item 7). Closing freezes
 * the year, so the person closing it sees first what would be frozen unfinished.
 */
@Controller("/tahun/tutup")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class YearClosingController {
    private final EvaluateAttainment evaluate;
    private final Words words;

    YearClosingController(EvaluateAttainment evaluate, Words words) {
        this.evaluate = evaluate;
        this.words = words;
    }

    /** The address of the page for a unit's year, carrying the reason typed so far. */
    static String address(UUID unitId, int year, @Nullable String reason) {
        UriBuilder address = UriBuilder.of("/tahun/tutup")
                .queryParam("unitId", unitId.toString())
                .queryParam("year", String.valueOf(year));
        if (reason != null) {
            address.queryParam("reason", reason);
        }
        return address.toString();
    }

    @Get
    @Secured({Roles.AUDITOR, Roles.ADMIN})
    public ModelAndView<YearClosingView> confirm(
            @QueryValue UUID unitId, @QueryValue Integer year, @Nullable @QueryValue String reason) {
        UnitEvaluation evaluation = evaluate.ofUnit(new OrganizationUnitId(unitId), Year.of(year), null, null);
        return new ModelAndView<>(
                "year-close",
                new YearClosingView(
                        unitId,
                        evaluation.unit().profile().name(),
                        year,
                        reason,
                        evaluation.closure().closed(),
                        evaluation.decree().isPresent(),
                        UnfinishedFigure.of(evaluation).stream().map(this::row).toList()));
    }

    private UnfinishedRow row(UnfinishedFigure unfinished) {
        return unfinished
                .realization()
                .map(realization -> new UnfinishedRow(
                        unfinished.indicator().id().value(),
                        unfinished.indicator().definition().name(),
                        realization.id().value(),
                        words.label(realization.period()),
                        words.written(WrittenValues.shown(realization)),
                        words.label(realization.status())))
                .orElseGet(() -> new UnfinishedRow(
                        unfinished.indicator().id().value(),
                        unfinished.indicator().definition().name(),
                        null,
                        "—",
                        "—",
                        words.get("closing.noValue")));
    }
}
