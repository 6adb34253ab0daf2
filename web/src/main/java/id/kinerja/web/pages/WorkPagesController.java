package id.kinerja.web.pages;

import id.kinerja.api.audit.Audited;
import id.kinerja.api.evaluation.EvaluationResources;
import id.kinerja.api.problem.Messages;
import id.kinerja.api.survey.CsvResponseFile;
import id.kinerja.api.survey.SurveyResources;
import id.kinerja.api.survey.XlsxResponseFile;
import id.kinerja.domain.evaluation.AttachEvidence;
import id.kinerja.domain.evaluation.Attainment;
import id.kinerja.domain.evaluation.CloseYear;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.Evidence;
import id.kinerja.domain.evaluation.EvidenceStore;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.domain.evaluation.Realizations;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.evaluation.ReviewRealization;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.evaluation.YearClosure;
import id.kinerja.domain.evaluation.YearFigure;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.ImportSurveyResponses;
import id.kinerja.domain.survey.PlanSurvey;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.ResponseFile;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyOutcome;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The evaluator's and auditor's pages: a survey with its file upload and result, the realization with its
 * review, closing a year, and the indicator with its targets, realizations, attainment, rating and trend.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class WorkPagesController {
    private static final String EVALUATOR = "EVALUATOR";
    private static final String AUDITOR = "AUDITOR";

    private final Indicators indicators;
    private final Objectives objectives;
    private final OrganizationUnits units;
    private final PlanSurvey planSurvey;
    private final ImportSurveyResponses importer;
    private final ReadSurveyResult results;
    private final Realizations realizations;
    private final RecordRealization record;
    private final ReviewRealization review;
    private final CloseYear closeYear;
    private final EvaluateAttainment evaluate;
    private final Messages messages;
    private final FormTokens formTokens;
    private final AttachEvidence attachEvidence;
    private final EvidenceStore evidence;
    private final Words words;

    public WorkPagesController(
            Indicators indicators,
            Objectives objectives,
            OrganizationUnits units,
            PlanSurvey planSurvey,
            ImportSurveyResponses importer,
            ReadSurveyResult results,
            Realizations realizations,
            RecordRealization record,
            ReviewRealization review,
            CloseYear closeYear,
            EvaluateAttainment evaluate,
            Messages messages,
            FormTokens formTokens,
            AttachEvidence attachEvidence,
            EvidenceStore evidence,
            Words words) {
        this.indicators = indicators;
        this.objectives = objectives;
        this.units = units;
        this.planSurvey = planSurvey;
        this.importer = importer;
        this.results = results;
        this.realizations = realizations;
        this.record = record;
        this.review = review;
        this.closeYear = closeYear;
        this.evaluate = evaluate;
        this.messages = messages;
        this.formTokens = formTokens;
        this.attachEvidence = attachEvidence;
        this.evidence = evidence;
        this.words = words;
    }

    /** One refused line of a file: where, and why in Indonesian. */
    public record FileErrorRow(long row, String column, String message) {}

    /** A year of the indicator as its page shows it. */
    public record YearRow(
            int year,
            String target,
            List<String> periods,
            String realization,
            String state,
            String percent,
            String rating,
            String category,
            String explanation,
            double targetBar,
            double realizationBar) {}

    // ---- surveys -------------------------------------------------------------------------------------

    @Get("/survei/baru/{indicatorId}")
    @Secured(EVALUATOR)
    public ModelAndView<Map<String, Object>> newSurvey(@PathVariable UUID indicatorId) {
        return surveyForm(indicators.get(new IndicatorId(indicatorId)), null);
    }

    private ModelAndView<Map<String, Object>> surveyForm(Indicator indicator, Forms.Refusal refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("indicator", indicator);
        model.put("indicatorName", indicator.definition().name());
        model.put("unitId", objectives.get(indicator.objectiveId()).unitId().value());
        model.put("methodologies", Methodology.values());
        model.put("refusal", refusal);
        return new ModelAndView<>("survey-new", model);
    }

    @Post("/survei")
    @Secured(EVALUATOR)
    @Audited(entity = "survey")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> planSurvey(HttpRequest<?> request, @Body Map<String, String> form) {
        if (!formTokens.matches(request, form)) {
            return FormTokens.refused();
        }
        Indicator indicator = indicators.get(new IndicatorId(UUID.fromString(form.get("indicatorId"))));
        try {
            Integer year = Forms.integer(form, "year");
            Survey survey = planSurvey.plan(new PlanSurvey.Command(
                    objectives.get(indicator.objectiveId()).unitId(),
                    indicator.id(),
                    Year.of(InvalidValue.requirePresent(year, "year")),
                    ReportingPeriod.ANNUAL,
                    Methodology.valueOf(form.getOrDefault("methodology", "PERMENPANRB_14_2017")),
                    null,
                    null,
                    null,
                    List.of(),
                    Map.of()));
            Audited.Change.attach(request, survey.id().toString(), SurveyResources.SurveyResponse.of(survey));
            return HttpResponse.seeOther(Forms.location("/survei/" + survey.id()));
        } catch (DomainException e) {
            return Forms.refused(e, surveyForm(indicator, Forms.Refusal.of("survei", e, messages)));
        }
    }

    @Get("/survei/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<Map<String, Object>> survey(@PathVariable UUID id, Authentication authentication) {
        return surveyPage(id, authentication, null, List.of());
    }

    private ModelAndView<Map<String, Object>> surveyPage(
            UUID id, Authentication authentication, Forms.Refusal refusal, List<FileErrorRow> fileErrors) {
        SurveyOutcome outcome = results.current(new SurveyId(id));
        Survey survey = outcome.survey();
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("survey", survey);
        model.put("unitName", units.get(survey.unitId()).profile().name());
        model.put("indicatorId", survey.indicatorId().map(IndicatorId::value).orElse(null));
        model.put("version", outcome.version());
        model.put("respondents", outcome.combined().respondents());
        model.put(
                "ikm", outcome.combined().index().map(IndonesianNumber::format).orElse(null));
        model.put("grade", outcome.combined().grade().map(words::label).orElse(null));
        model.put(
                "services",
                outcome.services().stream()
                        .map(service -> Map.of(
                                "name", service.service(),
                                "respondents", service.result().respondents(),
                                "ikm",
                                        service.result()
                                                .index()
                                                .map(IndonesianNumber::format)
                                                .orElse("—"),
                                "grade",
                                        service.result()
                                                .grade()
                                                .map(words::label)
                                                .orElse("—"),
                                "bar",
                                        service.result()
                                                .index()
                                                .map(BigDecimal::doubleValue)
                                                .orElse(0.0)))
                        .toList());
        List<Map<String, Object>> profileRows = new ArrayList<>();
        Map<String, Map<String, Long>> dimensions = new java.util.LinkedHashMap<>();
        dimensions.put("Jenis kelamin", outcome.profile().bySex());
        dimensions.put("Usia", outcome.profile().byAgeBand());
        dimensions.put("Pendidikan", outcome.profile().byEducation());
        dimensions.put("Pekerjaan", outcome.profile().byOccupation());
        dimensions.forEach((dimension, counts) -> counts.forEach((category, count) ->
                profileRows.add(Map.of("dimension", dimension, "category", category, "count", count))));
        model.put("profileRows", profileRows);
        model.put(
                "elements",
                outcome.combined().elements().stream()
                        .map(element -> Map.of(
                                "code", element.element().code(),
                                "name", element.element().name(),
                                "nrr",
                                        element.nrr()
                                                .map(IndonesianNumber::format)
                                                .orElse("—"),
                                "grade", element.grade().map(words::label).orElse("—")))
                        .toList());
        model.put("profile", outcome.profile());
        model.put("evaluator", authentication.getRoles().contains(EVALUATOR));
        model.put("refusal", refusal);
        model.put("fileErrors", fileErrors);
        return new ModelAndView<>("survey", model);
    }

    /** A CSV or XLSX file of responses; a refused file is listed by row, column and reason, nothing stored. */
    @Post(value = "/survei/{id}/jawaban", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(EVALUATOR)
    @Audited(entity = "survey-responses", idVariables = "id")
    public HttpResponse<?> importResponses(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Part("file") CompletedFileUpload file,
            @Nullable @Part("csrfToken") String csrfToken,
            Authentication authentication) {
        if (!formTokens.matches(request, csrfToken)) {
            return FormTokens.refused();
        }
        boolean workbook = file.getFilename().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        try (InputStream content = file.getInputStream()) {
            Function<ResponseFile, ImportSurveyResponses.Report> run =
                    responses -> importer.importFile(new ImportSurveyResponses.Command(
                            new SurveyId(id), responses, ImportSurveyResponses.Mode.APPEND, false));
            ImportSurveyResponses.Report report =
                    workbook ? XlsxResponseFile.readCopy(content, run::apply) : run.apply(new CsvResponseFile(content));
            Audited.Change.attach(request, id.toString(), SurveyResources.ImportResponse.of(report));
            return HttpResponse.seeOther(Forms.location("/survei/" + id));
        } catch (RefusedFile refused) {
            List<FileErrorRow> rows = refused.errors().stream()
                    .map(error -> new FileErrorRow(
                            error.row(),
                            error.column(),
                            messages.render(error.code(), error.arguments()).id()))
                    .toList();
            return Forms.refused(
                    refused, surveyPage(id, authentication, Forms.Refusal.of("berkas", refused, messages), rows));
        } catch (DomainException e) {
            return Forms.refused(e, surveyPage(id, authentication, Forms.Refusal.of("berkas", e, messages), List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The survey's published IKM becomes the indicator's realization for the survey's year. */
    @Post("/survei/{id}/realisasi")
    @Secured(EVALUATOR)
    @Audited(entity = "realization")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> realizeFromSurvey(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body Map<String, String> form,
            Authentication authentication) {
        if (!formTokens.matches(request, form)) {
            return FormTokens.refused();
        }
        Survey survey = results.current(new SurveyId(id)).survey();
        try {
            Realization realization = record.record(new RecordRealization.Command(
                    authentication.getName(),
                    survey.indicatorId().orElseThrow(() -> InvalidValue.required("indicatorId")),
                    survey.year(),
                    null,
                    null,
                    null,
                    survey.id(),
                    Realization.Narrative.NONE));
            Audited.Change.attach(
                    request,
                    realization.id().toString(),
                    EvaluationResources.RealizationResponse.of(realization, List.of()));
            return HttpResponse.seeOther(Forms.location("/realisasi/" + realization.id()));
        } catch (DomainException e) {
            return Forms.refused(
                    e, surveyPage(id, authentication, Forms.Refusal.of("realisasi", e, messages), List.of()));
        }
    }

    // ---- realizations and their review ----------------------------------------------------------------

    @Get("/realisasi/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<Map<String, Object>> realization(@PathVariable UUID id, Authentication authentication) {
        return realizationPage(id, authentication, null);
    }

    private ModelAndView<Map<String, Object>> realizationPage(
            UUID id, Authentication authentication, Forms.Refusal refusal) {
        Realization realization = realizations.get(new RealizationId(id));
        Indicator indicator = indicators.get(realization.indicatorId());
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("r", realization);
        model.put("indicatorId", indicator.id().value());
        model.put("indicatorName", indicator.definition().name());
        model.put("value", shown(realization));
        model.put("status", realization.status().name());
        model.put("review", realization.lastReview().orElse(null));
        model.put(
                "versions",
                realizations.chain(realization.indicatorId(), realization.year(), realization.period()).stream()
                        .map(version -> Map.of(
                                "id", version.id().value(),
                                "value", shown(version),
                                "status", version.status().name(),
                                "reason",
                                        version.correction()
                                                .map(c -> c.reason())
                                                .orElse("")))
                        .toList());
        boolean open = realization.status() == ReviewStatus.DRAFT || realization.status() == ReviewStatus.RETURNED;
        model.put("editable", open && authentication.getRoles().contains(EVALUATOR));
        model.put(
                "reviewable",
                realization.status() == ReviewStatus.SUBMITTED
                        && authentication.getRoles().contains(AUDITOR));
        model.put(
                "evidence",
                evidence.of(List.of(realization.id())).stream()
                        .map(EvaluationResources.EvidenceResponse::of)
                        .toList());
        model.put("refusal", refusal);
        return new ModelAndView<>("realization", model);
    }

    private static String shown(Realization realization) {
        return realization.value().amount() == null
                ? realization.value().text()
                : IndonesianNumber.format(realization.value().amount());
    }

    /** A new value written the Indonesian way; the page then shows what it understood. */
    @Post("/realisasi/{id}/ubah")
    @Audited(entity = "realization", idVariables = "id")
    @Secured(EVALUATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> revise(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body Map<String, String> form,
            Authentication authentication) {
        return step(request, id, form, authentication, "ubah", () -> {
            Forms.Written value = Forms.numberOrWords(form, "value");
            return record.revise(new RecordRealization.Revision(
                    authentication.getName(),
                    new RealizationId(id),
                    version(form),
                    value.amount(),
                    value.words(),
                    null,
                    narrative(form)));
        });
    }

    @Post("/realisasi/{id}/ajukan")
    @Audited(entity = "realization", idVariables = "id")
    @Secured(EVALUATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> submit(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body Map<String, String> form,
            Authentication authentication) {
        return step(
                request,
                id,
                form,
                authentication,
                "ajukan",
                () -> review.submit(new RealizationId(id), version(form), authentication.getName()));
    }

    @Post("/realisasi/{id}/verifikasi")
    @Audited(entity = "realization", idVariables = "id")
    @Secured(AUDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> verify(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body Map<String, String> form,
            Authentication authentication) {
        return step(
                request,
                id,
                form,
                authentication,
                "periksa",
                () -> review.verify(new RealizationId(id), version(form), authentication.getName()));
    }

    @Post("/realisasi/{id}/kembalikan")
    @Audited(entity = "realization", idVariables = "id")
    @Secured(AUDITOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> returnForCorrection(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body Map<String, String> form,
            Authentication authentication) {
        return step(
                request,
                id,
                form,
                authentication,
                "periksa",
                () -> review.returnForCorrection(
                        new RealizationId(id), version(form), authentication.getName(), Forms.text(form, "reason")));
    }

    /**
     * A realization entered on the indicator's page: a number written the Indonesian way ("87,50", "1.500")
     * or words for a qualitative indicator; the realization's page then shows the value as it was understood.
     */
    @Post("/indikator/{id}/realisasi")
    @Secured(EVALUATOR)
    @Audited(entity = "realization")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordRealization(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body Map<String, String> form,
            Authentication authentication) {
        if (!formTokens.matches(request, form)) {
            return FormTokens.refused();
        }
        try {
            Forms.Written value = Forms.numberOrWords(form, "value");
            Realization realization = record.record(new RecordRealization.Command(
                    authentication.getName(),
                    new IndicatorId(id),
                    Year.of(InvalidValue.requirePresent(Forms.integer(form, "year"), "year")),
                    ReportingPeriod.valueOf(form.getOrDefault("period", "ANNUAL")),
                    value.amount(),
                    value.words(),
                    null,
                    narrative(form)));
            Audited.Change.attach(
                    request,
                    realization.id().toString(),
                    EvaluationResources.RealizationResponse.of(realization, List.of()));
            return HttpResponse.seeOther(Forms.location("/realisasi/" + realization.id()));
        } catch (DomainException e) {
            return Forms.refused(e, indicatorPage(id, authentication, Forms.Refusal.of("realisasi-baru", e, messages)));
        }
    }

    /** An evidence file, kept with its SHA-256; the page lists it with its download link. */
    @Post(value = "/realisasi/{id}/bukti", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(EVALUATOR)
    @Audited(entity = "evidence")
    public HttpResponse<?> uploadEvidence(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Part("file") CompletedFileUpload file,
            @Nullable @Part("csrfToken") String csrfToken,
            Authentication authentication) {
        if (!formTokens.matches(request, csrfToken)) {
            return FormTokens.refused();
        }
        try (InputStream content = file.getInputStream()) {
            Evidence added = attachEvidence.attachFile(
                    new RealizationId(id),
                    file.getFilename(),
                    file.getContentType().map(MediaType::toString).orElse(null),
                    content,
                    authentication.getName());
            Audited.Change.attach(request, added.id().toString(), EvaluationResources.EvidenceResponse.of(added));
            return HttpResponse.seeOther(Forms.location("/realisasi/" + id));
        } catch (DomainException e) {
            return Forms.refused(e, realizationPage(id, authentication, Forms.Refusal.of("bukti", e, messages)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Faktor pendukung, penghambat and tindak lanjut as a form writes them. */
    private static Realization.Narrative narrative(Map<String, String> form) {
        return new Realization.Narrative(
                Forms.text(form, "supporting"), Forms.text(form, "inhibiting"), Forms.text(form, "followUp"));
    }

    private static long version(Map<String, String> form) {
        return InvalidValue.requirePresent(Forms.integer(form, "version"), "version");
    }

    private HttpResponse<?> step(
            HttpRequest<?> request,
            UUID id,
            Map<String, String> form,
            Authentication authentication,
            String formName,
            java.util.function.Supplier<Realization> action) {
        if (!formTokens.matches(request, form)) {
            return FormTokens.refused();
        }
        try {
            Realization changed = action.get();
            Audited.Change.attach(
                    request, id.toString(), EvaluationResources.RealizationResponse.of(changed, List.of()));
            return HttpResponse.seeOther(Forms.location("/realisasi/" + id));
        } catch (DomainException e) {
            return Forms.refused(e, realizationPage(id, authentication, Forms.Refusal.of(formName, e, messages)));
        }
    }

    /** An auditor or administrator closes (or, with a reason, reopens) a unit's year. */
    @Post("/tahun")
    @Secured({AUDITOR, "ADMIN"})
    @Audited(entity = "unit-year")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> closeOrReopenYear(
            HttpRequest<?> request, @Body Map<String, String> form, Authentication authentication) {
        if (!formTokens.matches(request, form)) {
            return FormTokens.refused();
        }
        try {
            OrganizationUnitId unit = new OrganizationUnitId(UUID.fromString(form.get("unitId")));
            Year year = Year.of(InvalidValue.requirePresent(Forms.integer(form, "year"), "year"));
            YearClosure changed = "reopen".equals(form.get("action"))
                    ? closeYear.reopen(unit, year, authentication.getName(), Forms.text(form, "reason"))
                    : closeYear.close(unit, year, authentication.getName(), Forms.text(form, "reason"));
            Audited.Reason.attach(request, Forms.text(form, "reason"));
            Audited.Change.attach(request, unit + "/" + year, EvaluationResources.ClosureResponse.of(changed));
            return HttpResponse.seeOther(Forms.location("/beranda?tahun=" + year + "&unit=" + unit));
        } catch (DomainException e) {
            return HttpResponse.seeOther(Forms.location("/beranda?galat=" + e.code()));
        }
    }

    // ---- the indicator ----------------------------------------------------------------------------------

    @Get("/indikator/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<Map<String, Object>> indicator(@PathVariable UUID id, Authentication authentication) {
        return indicatorPage(id, authentication, null);
    }

    private ModelAndView<Map<String, Object>> indicatorPage(
            UUID id, Authentication authentication, Forms.Refusal refusal) {
        EvaluateAttainment.IndicatorHistory history = evaluate.ofIndicator(new IndicatorId(id), null);
        Indicator indicator = history.indicator();
        BigDecimal highest = BigDecimal.ONE;
        for (YearFigure figure : history.years()) {
            highest = highest.max(number(figure.target().map(Target::value).orElse(null)));
            if (figure.value() instanceof YearlyValue.Known known && known.amount() != null) {
                highest = highest.max(known.amount());
            }
        }
        List<YearRow> years = new ArrayList<>();
        for (YearFigure figure : history.years()) {
            years.add(yearRow(figure, highest));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("id", id);
        model.put("definition", indicator.definition());
        model.put("objective", history.objective());
        model.put("unitId", history.objective().unitId().value());
        model.put("years", years);
        model.put("evaluator", authentication.getRoles().contains(EVALUATOR));
        model.put("index", indicator.definition().kind() == IndicatorKind.SATISFACTION_INDEX);
        model.put(
                "periods",
                RecordRealization.periodsOf(indicator.definition()).stream()
                        .map(Enum::name)
                        .sorted()
                        .toList());
        model.put("planYears", history.plan().years().map(Year::value).toList());
        model.put("refusal", refusal);
        return new ModelAndView<>("indicator", model);
    }

    private static BigDecimal number(TargetValue value) {
        if (value instanceof TargetValue.Numeric numeric) {
            return numeric.amount();
        }
        if (value instanceof TargetValue.Range range) {
            return range.upper();
        }
        return BigDecimal.ZERO;
    }

    private YearRow yearRow(YearFigure figure, BigDecimal highest) {
        Attainment attainment = figure.attainment();
        String state;
        String percent = null;
        if (attainment instanceof Attainment.Computed computed) {
            state = words.get("state.achieved") + " " + IndonesianNumber.format(computed.percent()) + " %";
            percent = IndonesianNumber.format(computed.percent()) + " %";
        } else if (attainment instanceof Attainment.Qualitative qualitative) {
            state = words.get(qualitative.achieved() ? "state.achieved" : "state.notAchieved");
        } else if (attainment instanceof Attainment.NotFilled) {
            state = words.get("state.notFilled");
        } else if (attainment instanceof Attainment.NotApplicable) {
            state = words.get("state.notApplicable");
        } else {
            Attainment.NotComputable notComputable = (Attainment.NotComputable) attainment;
            state = words.get("state.notComputable") + " "
                    + messages.render(notComputable.reasonCode(), notComputable.arguments())
                            .id();
        }
        BigDecimal realized = figure.value() instanceof YearlyValue.Known known && known.amount() != null
                ? known.amount()
                : BigDecimal.ZERO;
        String realization = figure.value() instanceof YearlyValue.Known known
                ? (known.amount() == null ? known.text() : IndonesianNumber.format(known.amount()))
                : "—";
        return new YearRow(
                figure.year().value(),
                figure.target().map(Target::display).orElse("—"),
                figure.periods().stream()
                        .map(period -> period.period() + ": " + shown(period) + " (" + period.status() + ")")
                        .toList(),
                realization,
                state,
                percent,
                figure.rating().orElse(null),
                figure.categoryCheck()
                        .map(check -> words.label(check.reached())
                                + " — " + words.get(check.met() ? "category.meets" : "category.misses") + " "
                                + words.label(check.promised()))
                        .orElse(null),
                words.explain(figure.value().explanation()) + " · " + words.explain(attainment.explanation()),
                bar(number(figure.target().map(Target::value).orElse(null)), highest),
                bar(realized, highest));
    }

    /** A bar's share of the chart's height, 0 to 100. */
    private static double bar(BigDecimal value, BigDecimal highest) {
        return value.signum() <= 0
                ? 0
                : value.multiply(BigDecimal.valueOf(100))
                        .divide(highest, 2, java.math.RoundingMode.HALF_UP)
                        .doubleValue();
    }
}
