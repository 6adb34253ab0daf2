package id.kinerja.web.publication;

import id.kinerja.domain.evaluation.Attainment;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ReadPublishedResults;
import id.kinerja.domain.evaluation.ReadPublishedResults.PublishedResult;
import id.kinerja.domain.evaluation.ResultPublications.PublishedYear;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.evaluation.YearFigure;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.web.page.BasisWords;
import id.kinerja.web.page.Words;
import id.kinerja.web.publication.PublicViews.IndicatorLine;
import id.kinerja.web.publication.PublicViews.ObjectiveLine;
import id.kinerja.web.publication.PublicViews.PublicIndex;
import id.kinerja.web.publication.PublicViews.PublicResult;
import id.kinerja.web.publication.PublicViews.PublishedYearLink;
import id.kinerja.web.publication.PublicViews.PublishingUnit;
import id.kinerja.web.publication.PublicViews.SurveyLine;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Hasil terbuka: the verified figures of the closed years of the units that publish them, for anyone, without
 * signing in. The pages are the same for everyone in a language (no menu of a signed-in person), so they carry
 * {@code Cache-Control: public} and an ETag of their content; a matching {@code If-None-Match} is a 304.
 */
@Controller("/publik")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PublicResultsController {
    private static final String CACHE = "public, max-age=300";

    private final ReadPublishedResults published;
    private final Words words;

    PublicResultsController(ReadPublishedResults published, Words words) {
        this.published = published;
        this.words = words;
    }

    @Get
    public HttpResponse<?> index(HttpRequest<?> request) {
        Map<OrganizationUnitId, List<PublishedYear>> byUnit = new LinkedHashMap<>();
        published
                .index()
                .forEach(year -> byUnit.computeIfAbsent(year.unitId(), unit -> new java.util.ArrayList<>())
                        .add(year));
        PublicIndex view = new PublicIndex(byUnit.values().stream()
                .map(years -> new PublishingUnit(
                        years.get(0).unitName(),
                        years.stream()
                                .map(year -> new PublishedYearLink(
                                        year.year().value(),
                                        "/publik/" + year.unitId().value() + "/"
                                                + year.year().value()))
                                .toList()))
                .toList());
        return cacheable(request, view.toString(), HttpStatus.OK, new ModelAndView<>("public", view));
    }

    @Get("/{unit}/{year}")
    public HttpResponse<?> result(HttpRequest<?> request, @PathVariable String unit, @PathVariable String year) {
        Optional<PublishedResult> found = read(unit, year);
        PublicResult view = found.map(this::view)
                .orElseGet(() -> new PublicResult(false, null, 0, null, null, null, List.of(), List.of(), null));
        return cacheable(
                request,
                view.toString(),
                found.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND,
                new ModelAndView<>("public-result", view));
    }

    /** Nothing for an address that names no unit or year: the same "not published" as an unpublished one. */
    private Optional<PublishedResult> read(String unit, String year) {
        try {
            return published.of(new OrganizationUnitId(UUID.fromString(unit)), Year.of(Integer.parseInt(year)));
        } catch (IllegalArgumentException | id.kinerja.domain.shared.DomainException unreadable) {
            return Optional.empty();
        }
    }

    private HttpResponse<?> cacheable(HttpRequest<?> request, String content, HttpStatus status, Object body) {
        String tag = "\"" + digest(Words.language().getLanguage() + "\n" + content) + "\"";
        if (request.getHeaders().get(HttpHeaders.IF_NONE_MATCH, String.class).stream()
                .flatMap(values -> java.util.Arrays.stream(values.split(",")))
                .map(String::strip)
                .anyMatch(candidate -> candidate.equals(tag) || candidate.equals("W/" + tag))) {
            return HttpResponse.notModified().header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, CACHE);
        }
        return HttpResponse.status(status)
                .body(body)
                .header(HttpHeaders.ETAG, tag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header(HttpHeaders.VARY, "Cookie");
    }

    private static String digest(String content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private PublicResult view(PublishedResult result) {
        UnitEvaluation evaluation = result.evaluation();
        List<SurveyLine> surveys = new java.util.ArrayList<>();
        List<ObjectiveLine> objectives = evaluation.objectives().stream()
                .map(objective -> new ObjectiveLine(
                        objective.objective().code(),
                        objective.objective().statement(),
                        objective.indicators().stream()
                                .map(indicator -> {
                                    SurveyOutcome survey = result.surveyResults()
                                            .get(indicator.indicator().id());
                                    if (survey != null) {
                                        surveys.add(surveyLine(indicator, survey));
                                    }
                                    return line(indicator);
                                })
                                .toList()))
                .toList();
        return new PublicResult(
                true,
                evaluation.unit().profile().name(),
                evaluation.year().value(),
                evaluation
                        .decree()
                        .map(decree -> decree.content().number().value())
                        .orElse("—"),
                evaluation
                        .score()
                        .percent()
                        .map(percent -> words.number(percent) + " %")
                        .orElse(words.get("public.not-computable")),
                evaluation.score().rating().orElse("—"),
                objectives,
                surveys,
                BasisWords.sentence(words, evaluation.targetSource()));
    }

    private IndicatorLine line(IndicatorEvaluation indicator) {
        YearFigure figure = indicator.year();
        return new IndicatorLine(
                indicator.indicator().definition().code(),
                indicator.indicator().definition().name(),
                Optional.ofNullable(indicator.indicator().definition().unitOfMeasure())
                        .orElse(""),
                figure.target().map(Target::value).map(value -> value.display()).orElse("—"),
                figure.value() instanceof YearlyValue.Known known
                        ? (known.amount() != null ? words.number(known.amount()) : known.text())
                        : words.get("state.notFilled"),
                state(figure.attainment()),
                figure.rating().orElse("—"));
    }

    private SurveyLine surveyLine(IndicatorEvaluation indicator, SurveyOutcome survey) {
        return new SurveyLine(
                indicator.indicator().definition().name(),
                survey.combined().index().map(words::number).orElse("—"),
                survey.combined().respondents(),
                survey.combined().grade().map(words::label).orElse("—"));
    }

    private String state(Attainment attainment) {
        if (attainment instanceof Attainment.Computed computed) {
            return words.number(computed.percent()) + " %";
        }
        if (attainment instanceof Attainment.Qualitative qualitative) {
            return words.get(qualitative.achieved() ? "state.achieved" : "state.notAchieved");
        }
        if (attainment instanceof Attainment.NotFilled) {
            return words.get("state.notFilled");
        }
        if (attainment instanceof Attainment.NotApplicable) {
            return words.get("state.notApplicable");
        }
        return words.get("public.not-computable");
    }
}
