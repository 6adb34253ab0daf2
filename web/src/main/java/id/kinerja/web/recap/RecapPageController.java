package id.kinerja.web.recap;

import id.kinerja.documents.render.DocumentFormat;
import id.kinerja.documents.report.RecapDocument;
import id.kinerja.domain.evaluation.ReadRecap;
import id.kinerja.domain.evaluation.ReadRecap.Recap;
import id.kinerja.domain.evaluation.ReadRecap.RecapQuery;
import id.kinerja.domain.evaluation.RecapOrder;
import id.kinerja.domain.evaluation.UnitRecap;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.download.Download;
import id.kinerja.web.page.BasisWords;
import id.kinerja.web.page.Pager;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Rekapitulasi capaian: every unit's year side by side, filtered by a parent unit, sorted by any column, a page
 * at a time, and the whole selection as a spreadsheet. The filter travels in the address (a GET form), so a
 * recap can be bookmarked and shared; a year or parent that cannot be read is said beside its field.
 */
@Controller("/rekap")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RecapPageController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int PAGE_SIZE = 25;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ReadRecap recap;
    private final UnitPicker picker;
    private final Words words;
    private final Clock clock;

    RecapPageController(ReadRecap recap, UnitPicker picker, Words words, Clock clock) {
        this.recap = recap;
        this.picker = picker;
        this.words = words;
        this.clock = clock;
    }

    /** What the address asked for, as typed. */
    private record Filter(String year, String parent, String sort, String direction) {}

    /** The filter read into a query, or the field it could not be read at and why. */
    private record Reading(RecapQuery query, String field, String error) {}

    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<ModelAndView<RecapView>> page(
            @Nullable @QueryValue String tahun,
            @Nullable @QueryValue String induk,
            @Nullable @QueryValue String urut,
            @Nullable @QueryValue String arah,
            @Nullable @QueryValue Integer page) {
        Filter filter = new Filter(defaultYear(tahun), blankAsNull(induk), blankAsNull(urut), blankAsNull(arah));
        Reading reading = read(filter);
        int number = Pager.requested(page);
        Page<UnitRecap> found;
        String scale = null;
        if (reading.query() == null) {
            found = new Page<>(List.of(), new PageRequest(0, PAGE_SIZE), 0);
        } else {
            try {
                Recap<Page<UnitRecap>> read = recap.page(reading.query(), new PageRequest(number, PAGE_SIZE));
                found = read.units();
                scale = read.scale().name();
            } catch (DomainException refused) {
                reading = new Reading(null, "induk", words.refusal(refused));
                found = new Page<>(List.of(), new PageRequest(0, PAGE_SIZE), 0);
            }
        }
        List<String> bands = found.items().isEmpty()
                ? List.of()
                : found.items().get(0).ratings().stream()
                        .map(UnitRecap.RatingCount::label)
                        .toList();
        RecapView view = new RecapView(
                filter.year(),
                filter.parent(),
                filter.sort(),
                filter.direction(),
                reading.error(),
                reading.field(),
                picker.all(),
                Arrays.stream(RecapOrder.values())
                        .map(order -> new RecapView.Choice(order.name(), words.label(order)))
                        .toList(),
                List.of(
                        new RecapView.Choice("ASC", words.get("recap.ascending")),
                        new RecapView.Choice("DESC", words.get("recap.descending"))),
                bands,
                scale,
                found.items().stream().map(this::line).toList(),
                Pager.of(found, number, PAGE_SIZE),
                address("/rekap", filter),
                address("/rekap/unduh", filter));
        return HttpResponse.status(reading.error() == null ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("recap", view));
    }

    /** The whole selection as XLSX, in the order chosen; a filter that cannot be read is the page's refusal. */
    @Get(
            value = "/unduh",
            produces = {RecapPageController.XLSX, MediaType.TEXT_HTML})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<?> download(
            @Nullable @QueryValue String tahun,
            @Nullable @QueryValue String induk,
            @Nullable @QueryValue String urut,
            @Nullable @QueryValue String arah) {
        Filter filter = new Filter(defaultYear(tahun), blankAsNull(induk), blankAsNull(urut), blankAsNull(arah));
        Reading reading = read(filter);
        if (reading.query() == null) {
            return page(tahun, induk, urut, arah, null);
        }
        Recap<List<UnitRecap>> all;
        try {
            all = recap.all(reading.query());
        } catch (DomainException refused) {
            return page(tahun, induk, urut, arah, null);
        }
        DocumentFormat xlsx = DocumentFormat.XLSX;
        return Download.of(
                xlsx.render(RecapDocument.of(all.year(), all.scale(), all.units())),
                xlsx.mediaType(),
                "rekapitulasi-" + all.year().value() + "." + xlsx.extension());
    }

    private String defaultYear(String typed) {
        // the recap is read for the year being reported on: by default the one that just ended
        return typed == null || typed.isBlank()
                ? Integer.toString(LocalDate.now(clock.withZone(WIB)).getYear() - 1)
                : typed.strip();
    }

    private static String blankAsNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private Reading read(Filter filter) {
        Year year;
        try {
            year = Year.of(Integer.parseInt(filter.year()));
        } catch (NumberFormatException unreadable) {
            return new Reading(null, "tahun", words.get("recap.year-unreadable"));
        } catch (DomainException refused) {
            return new Reading(null, "tahun", words.refusal(refused));
        }
        Optional<OrganizationUnitId> parent;
        try {
            parent = Optional.ofNullable(filter.parent()).map(UUID::fromString).map(OrganizationUnitId::new);
        } catch (IllegalArgumentException unreadable) {
            return new Reading(null, "induk", words.get("recap.parent-unreadable"));
        }
        RecapOrder order = Arrays.stream(RecapOrder.values())
                .filter(candidate -> candidate.name().equals(filter.sort()))
                .findFirst()
                .orElse(RecapOrder.NAME);
        return new Reading(new RecapQuery(year, parent, order, "DESC".equals(filter.direction())), null, null);
    }

    private static String address(String path, Filter filter) {
        UriBuilder address = UriBuilder.of(path).queryParam("tahun", filter.year());
        if (filter.parent() != null) {
            address.queryParam("induk", filter.parent());
        }
        if (filter.sort() != null) {
            address.queryParam("urut", filter.sort());
        }
        if (filter.direction() != null) {
            address.queryParam("arah", filter.direction());
        }
        return address.toString();
    }

    private RecapView.Line line(UnitRecap line) {
        return new RecapView.Line(
                line.unitId().value().toString(),
                line.name(),
                line.parentName() == null ? "—" : line.parentName(),
                line.score()
                        .percent()
                        .map(percent -> words.number(percent) + " %")
                        .orElseGet(() -> words.get(line.decreeInForce() ? "recap.no-score" : "recap.no-decree")),
                line.score().rating().orElse("—"),
                line.indicators(),
                line.met(),
                line.notMet(),
                line.notFilled(),
                line.notComputable(),
                line.ratings().stream().map(UnitRecap.RatingCount::count).toList(),
                line.waitingForReview(),
                words.get(line.closed() ? "recap.closed" : "recap.open"),
                BasisWords.shortForm(words, line.targetSource()));
    }
}
