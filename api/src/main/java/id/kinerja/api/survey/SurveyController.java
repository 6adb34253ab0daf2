package id.kinerja.api.survey;

import id.kinerja.api.shared.PageResponse;
import id.kinerja.api.shared.Paging;
import id.kinerja.api.shared.WarningResponse;
import id.kinerja.api.survey.SurveyResources.ImportResponse;
import id.kinerja.api.survey.SurveyResources.ResultResponse;
import id.kinerja.api.survey.SurveyResources.SurveyRealization;
import id.kinerja.api.survey.SurveyResources.SurveyRequest;
import id.kinerja.api.survey.SurveyResources.SurveyResponse;
import id.kinerja.documents.survey.CountedInput;
import id.kinerja.documents.survey.CsvResponseFile;
import id.kinerja.documents.survey.KeptResponseFile;
import id.kinerja.documents.survey.XlsxResponseFile;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.questionnaire.ReadCollection;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.BackgroundSurveyImports;
import id.kinerja.domain.survey.FollowSurveyImports;
import id.kinerja.domain.survey.ImportSurveyResponses;
import id.kinerja.domain.survey.PlanSurvey;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.ReadSurveys;
import id.kinerja.domain.survey.ResponseFile;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.domain.survey.SurveyWarnings;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.problem.Messages;
import id.kinerja.http.security.Roles;
import id.kinerja.http.upload.DeclaredFile;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * SKM: evaluators open surveys and import response files; everyone signed in reads the results. Files are
 * read as streams; a file with any error is refused whole with its errors by row and column.
 */
@Controller("/api/v1")
@Tag(name = "Survei kepuasan masyarakat / Satisfaction surveys")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SurveyController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReadSurveys surveys;
    private final ReadIndicators indicators;
    private final PlanSurvey plan;
    private final ImportSurveyResponses importer;
    private final ReadSurveyResult results;
    private final SurveyWarnings warnings;
    private final Messages texts;
    private final BackgroundSurveyImports background;
    private final FollowSurveyImports runs;

    public SurveyController(
            ReadSurveys surveys,
            ReadIndicators indicators,
            PlanSurvey plan,
            ImportSurveyResponses importer,
            ReadSurveyResult results,
            SurveyWarnings warnings,
            Messages texts,
            BackgroundSurveyImports background,
            FollowSurveyImports runs) {
        this.background = background;
        this.runs = runs;
        this.surveys = surveys;
        this.indicators = indicators;
        this.plan = plan;
        this.importer = importer;
        this.results = results;
        this.warnings = warnings;
        this.texts = texts;
    }

    private SurveyResponse withWarnings(Survey survey) {
        return SurveyResponse.of(survey, WarningResponse.of(warnings.of(survey.id()), texts));
    }

    @Post("/surveys")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey")
    public HttpResponse<SurveyResponse> plan(@Body @Valid SurveyRequest request, Authentication authentication) {
        SurveyResponse created = withWarnings(plan.plan(new PlanSurvey.Command(
                authentication.getName(),
                new OrganizationUnitId(request.unitId()),
                request.indicatorId() == null ? null : new IndicatorId(request.indicatorId()),
                Year.of(request.year()),
                request.period(),
                request.methodology(),
                request.weightVariant(),
                request.combination(),
                request.population(),
                request.services(),
                request.questions())));
        return HttpResponse.created(created, URI.create("/api/v1/surveys/" + created.id()));
    }

    @Get("/surveys")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public PageResponse<SurveyResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
        return PageResponse.of(surveys.list(Paging.of(page, size)), SurveyResponse::of);
    }

    @Get("/surveys/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public SurveyResponse get(@PathVariable UUID id) {
        return withWarnings(surveys.get(new SurveyId(id)));
    }

    /**
     * A CSV file as the request body ({@code Content-Type: text/csv}), or an XLSX workbook likewise. Answered
     * when the import has ended, as always; with {@code Prefer: respond-async} the file is kept aside and
     * imported in the background instead, answered at once with 202 and the run to poll (ADR 0032).
     */
    @Post(
            value = "/surveys/{id}/responses",
            consumes = {"text/csv", "application/csv", XLSX})
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey-responses", idVariables = "id")
    public HttpResponse<?> importBody(
            @PathVariable UUID id,
            @Body InputStream body,
            io.micronaut.http.HttpRequest<?> request,
            @Nullable @QueryValue Boolean dryRun,
            @Nullable @QueryValue ImportSurveyResponses.Mode mode,
            Authentication authentication) {
        boolean workbook = request.getContentType()
                .map(type -> type.getName().equals(XLSX))
                .orElse(false);
        String by = authentication.getName();
        if (respondAsync(request)) {
            return startInBackground(by, id, KeptResponseFile.keep(body, workbook), dryRun, mode, null);
        }
        if (workbook) {
            return HttpResponse.ok(
                    XlsxResponseFile.readCopy(body, file -> run(by, id, file, dryRun, mode, null, null)));
        }
        CountedInput counted = new CountedInput(body);
        long length = request.getContentLength();
        return HttpResponse.ok(run(
                by,
                id,
                new CsvResponseFile(counted),
                dryRun,
                mode,
                null,
                ImportSurveyResponses.Tracking.untracked(
                        counted::count, length > 0 ? OptionalLong.of(length) : OptionalLong.empty())));
    }

    /** A multipart upload with the file in the part {@code file}: CSV, or XLSX by name or content type. */
    @Post(value = "/surveys/{id}/responses", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey-responses", idVariables = "id")
    public HttpResponse<?> importUpload(
            @PathVariable UUID id,
            @Part("file") CompletedFileUpload file,
            io.micronaut.http.HttpRequest<?> request,
            @Nullable @QueryValue Boolean dryRun,
            @Nullable @QueryValue ImportSurveyResponses.Mode mode,
            Authentication authentication) {
        String by = authentication.getName();
        boolean workbook = DeclaredFile.isWorkbook(file);
        try (InputStream content = file.getInputStream()) {
            if (respondAsync(request)) {
                return startInBackground(
                        by, id, KeptResponseFile.keep(content, workbook), dryRun, mode, file.getFilename());
            }
            if (workbook) {
                return HttpResponse.ok(XlsxResponseFile.readCopy(
                        content, workbookFile -> run(by, id, workbookFile, dryRun, mode, file.getFilename(), null)));
            }
            CountedInput counted = new CountedInput(content);
            LongSupplier read = counted::count;
            return HttpResponse.ok(run(
                    by,
                    id,
                    new CsvResponseFile(counted),
                    dryRun,
                    mode,
                    file.getFilename(),
                    ImportSurveyResponses.Tracking.untracked(read, OptionalLong.of(file.getSize()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 7240: the client would rather poll than wait. */
    private static boolean respondAsync(io.micronaut.http.HttpRequest<?> request) {
        return request.getHeaders().getAll("Prefer").stream()
                .anyMatch(prefer -> prefer.toLowerCase(Locale.ROOT).contains("respond-async"));
    }

    private HttpResponse<ImportRunResponse> startInBackground(
            String by,
            UUID id,
            KeptResponseFile kept,
            Boolean dryRun,
            ImportSurveyResponses.Mode mode,
            @Nullable String fileName) {
        BackgroundSurveyImports.Started started = background.start(
                by,
                new SurveyId(id),
                kept,
                mode == null ? ImportSurveyResponses.Mode.APPEND : mode,
                Boolean.TRUE.equals(dryRun),
                fileName);
        URI location = URI.create("/api/v1/surveys/" + id + "/import-runs/" + started.run());
        return HttpResponse.accepted(location)
                .header("Preference-Applied", "respond-async")
                .body(ImportRunResponse.of(runs.get(new SurveyId(id), started.run()), texts));
    }

    /**
     * Responses entered one by one: a JSON array of objects keyed like a file's columns. They are checked
     * like a file and make a new version of the result.
     */
    @Post(value = "/surveys/{id}/responses", consumes = MediaType.APPLICATION_JSON)
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey-responses", idVariables = "id")
    public ImportResponse enter(
            @PathVariable UUID id,
            @Body List<Map<String, Object>> responses,
            @Nullable @QueryValue Boolean dryRun,
            @Nullable @QueryValue ImportSurveyResponses.Mode mode,
            Authentication authentication) {
        return run(authentication.getName(), id, new JsonResponses(responses), dryRun, mode, null, null);
    }

    /**
     * A file already imported into the survey, or naming a respondent already stored, is refused with 409
     * unless {@code mode=REPLACE} asks for the stored responses to be replaced.
     */
    private ImportResponse run(
            String by,
            UUID id,
            ResponseFile file,
            Boolean dryRun,
            ImportSurveyResponses.Mode mode,
            @Nullable String fileName,
            ImportSurveyResponses.@Nullable Tracking tracking) {
        return ImportResponse.of(
                importer.importFile(new ImportSurveyResponses.Command(
                        by,
                        new SurveyId(id),
                        file,
                        mode == null ? ImportSurveyResponses.Mode.APPEND : mode,
                        Boolean.TRUE.equals(dryRun),
                        fileName,
                        tracking)),
                texts);
    }

    /**
     * The latest result with its respondent profile; {@code ?recount=true} computes it again from every
     * stored answer instead of the tallies kept at import, to check that the two agree.
     */
    @Get("/surveys/{id}/result")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ResultResponse result(@PathVariable UUID id, @Nullable @QueryValue Boolean recount) {
        SurveyId survey = new SurveyId(id);
        SurveyOutcome outcome = Boolean.TRUE.equals(recount) ? results.recomputed(survey) : results.current(survey);
        return ResultResponse.of(outcome, true).withProvisional(provisional(survey));
    }

    /** Every version of the result, oldest first: a corrected import never hides the earlier figure. */
    @Get("/surveys/{id}/results")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<ResultResponse> history(@PathVariable UUID id) {
        return results.history(new SurveyId(id)).stream()
                .map(outcome -> ResultResponse.of(outcome, false))
                .toList();
    }

    /** The realizations an indicator has from surveys: each survey's latest published IKM. */
    @Get("/indicators/{id}/survey-results")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public List<SurveyRealization> indicatorResults(@PathVariable UUID id) {
        IndicatorId indicator = indicators.get(new IndicatorId(id)).id();
        return results.ofIndicator(indicator).stream()
                .map(SurveyRealization::of)
                .toList();
    }

    // The public SKM questionnaire (issue 16): a field, so that the constructor other features extend stays as it is
    @Inject
    ReadCollection collections;

    /** While the online collection is open with answers not yet counted: the result with them, marked so. */
    private SurveyResources.ProvisionalBody provisional(SurveyId survey) {
        ReadCollection.Collection collection = collections.of(survey);
        return collection.open() && collection.pendingAnswers() > 0
                ? SurveyResources.ProvisionalBody.of(collection.provisional(), collection.pendingAnswers())
                : null;
    }
}
