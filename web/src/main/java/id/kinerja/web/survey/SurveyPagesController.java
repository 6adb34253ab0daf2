package id.kinerja.web.survey;

import id.kinerja.documents.survey.KeptResponseFile;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.survey.BackgroundSurveyImports;
import id.kinerja.domain.survey.ImportSurveyResponses;
import id.kinerja.domain.survey.PlanSurvey;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.user.UnitStewardship;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.upload.DeclaredFile;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.Words;
import id.kinerja.web.survey.SurveyViews.Choice;
import id.kinerja.web.survey.SurveyViews.FileErrorRow;
import id.kinerja.web.survey.SurveyViews.NewSurveyView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Opening a survey, uploading its responses, reading its result and making it the indicator's realization. */
@Controller("/survei")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SurveyPagesController {
    private final ReadIndicators indicators;
    private final PlanSurvey planSurvey;
    /** How long a page upload waits for its import before it shows the import's progress page instead. */
    private final java.time.Duration pageWait;

    private final BackgroundSurveyImports importer;
    private final RecordRealization record;
    private final SurveyPage page;
    private final FormSubmission forms;
    private final Words words;
    private final UnitStewardship stewardship;

    SurveyPagesController(
            ReadIndicators indicators,
            PlanSurvey planSurvey,
            BackgroundSurveyImports importer,
            RecordRealization record,
            SurveyPage page,
            FormSubmission forms,
            Words words,
            UnitStewardship stewardship,
            @io.micronaut.context.annotation.Value("${kinerja.survey-import.page-wait:3s}")
                    java.time.Duration pageWait) {
        this.stewardship = stewardship;
        this.pageWait = pageWait;
        this.indicators = indicators;
        this.planSurvey = planSurvey;
        this.importer = importer;
        this.record = record;
        this.page = page;
        this.forms = forms;
        this.words = words;
    }

    @Get("/baru/{indicatorId}")
    @Secured(Roles.EVALUATOR)
    public ModelAndView<NewSurveyView> newSurvey(@PathVariable UUID indicatorId, Authentication authentication) {
        Indicator indicator = indicators.get(new IndicatorId(indicatorId));
        // an evaluator of another unit is told so at once, not after filling in a form that will be refused
        stewardship.requireServes(
                authentication.getName(),
                indicators.objective(indicator.objectiveId()).unitId(),
                "survey.not-responsible",
                "survey it");
        return surveyForm(indicator, SurveyPlanForm.forIndicator(indicator), null);
    }

    @Post
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> plan(HttpRequest<?> request, @Body SurveyPlanForm form, Authentication authentication) {
        Indicator indicator = indicators.get(new IndicatorId(InvalidValue.requirePresent(
                id.kinerja.web.page.WrittenValues.id(form.indicatorId(), "indicatorId"), "indicatorId")));
        return forms.submit(
                request,
                "survei",
                form,
                typed -> {
                    Survey survey = planSurvey.plan(typed.command(
                            authentication.getName(),
                            indicator,
                            indicators.objective(indicator.objectiveId()).unitId()));
                    return Submitted.changed("/survei/" + survey.id(), survey.id(), survey);
                },
                refusal -> surveyForm(indicator, form, refusal));
    }

    private ModelAndView<NewSurveyView> surveyForm(Indicator indicator, SurveyPlanForm values, Refusal refusal) {
        List<Choice> methodologies = Arrays.stream(Methodology.values())
                .map(methodology -> new Choice(methodology.name(), words.label(methodology)))
                .toList();
        return new ModelAndView<>(
                "survey-new", new NewSurveyView(indicator.definition().name(), values, methodologies, refusal));
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<SurveyViews.SurveyView> survey(@PathVariable UUID id, Authentication authentication) {
        return page.show(id, authentication, null, List.of());
    }

    /** A CSV or XLSX file of responses; a refused file is listed by row, column and reason, nothing stored. */
    @Post(value = "/{id}/jawaban", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "survey-responses", idVariables = "id")
    public HttpResponse<?> importResponses(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Part("file") CompletedFileUpload file,
            @Nullable @Part("ganti") String replace,
            Authentication authentication) {
        List<FileErrorRow> refusedRows = new java.util.ArrayList<>();
        return forms.carryOut(
                request,
                "berkas",
                () -> {
                    try {
                        return importFile(
                                authentication.getName(),
                                id,
                                file,
                                replace == null
                                        ? ImportSurveyResponses.Mode.APPEND
                                        : ImportSurveyResponses.Mode.REPLACE);
                    } catch (RefusedFile refused) {
                        refused.errors()
                                .forEach(error -> refusedRows.add(new FileErrorRow(
                                        error.row(), error.column(), words.message(error.code(), error.arguments()))));
                        throw refused;
                    }
                },
                refusal -> page.show(id, authentication, refusal, refusedRows));
    }

    /**
     * Adds to the stored responses, or replaces them when the person ticked "ganti" (replace). The file is
     * kept aside and imported in the background; a small file's import ends within a few seconds and is
     * answered as it always was, a long one hands the browser over to its progress page (ADR 0032).
     */
    private Submitted importFile(String by, UUID id, CompletedFileUpload file, ImportSurveyResponses.Mode mode) {
        KeptResponseFile kept;
        try (InputStream content = file.getInputStream()) {
            kept = KeptResponseFile.keep(content, DeclaredFile.isWorkbook(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BackgroundSurveyImports.Started started =
                importer.start(by, new SurveyId(id), kept, mode, false, file.getFilename());
        try {
            ImportSurveyResponses.Report report = started.outcome().get(pageWait.toMillis(), TimeUnit.MILLISECONDS);
            return Submitted.changed("/survei/" + id, id, report);
        } catch (TimeoutException stillRunning) {
            return Submitted.changed("/survei/" + id + "/impor/" + started.run(), id, started.run());
        } catch (ExecutionException ended) {
            if (ended.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(ended.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Submitted.changed("/survei/" + id + "/impor/" + started.run(), id, started.run());
        }
    }

    /** The survey's published IKM becomes the indicator's realization for the survey's year. */
    @Post("/{id}/realisasi")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "realization")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> realizeFromSurvey(
            HttpRequest<?> request, @PathVariable UUID id, Authentication authentication) {
        return forms.carryOut(
                request,
                "realisasi",
                () -> {
                    Survey survey = page.survey(id);
                    Realization realization = record.record(new RecordRealization.Command(
                            authentication.getName(),
                            survey.indicatorId().orElseThrow(() -> InvalidValue.required("indicatorId")),
                            survey.year(),
                            null,
                            null,
                            null,
                            survey.id(),
                            Realization.Narrative.NONE));
                    return Submitted.changed("/realisasi/" + realization.id(), realization.id(), realization);
                },
                refusal -> page.show(id, authentication, refusal, List.of()));
    }
}
