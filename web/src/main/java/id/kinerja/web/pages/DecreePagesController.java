package id.kinerja.web.pages;

import id.kinerja.api.audit.Audited;
import id.kinerja.api.decree.DecreeResources;
import id.kinerja.api.indicator.IndicatorResources;
import id.kinerja.api.indicator.ObjectiveController;
import id.kinerja.api.problem.Messages;
import id.kinerja.domain.decree.DecisionLabels;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DecreeNumber;
import id.kinerja.domain.decree.DecreeStatus;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.decree.Signatory;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.indicator.IndicatorChange;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.ReadDecreeAnnex;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The decree as planners know it from paper: the list, a draft's form, and the document itself — header,
 * Menimbang, Mengingat, MEMUTUSKAN, place and date, signatory, and the Lampiran IKU table — with the forms
 * that add objectives, indicators and targets to a draft and enact it. Every form posts, then redirects.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DecreePagesController {
    private static final String PLANNER = "PLANNER";
    private static final int LIST_PAGE_SIZE = 20;

    private final Decrees decrees;
    private final OrganizationUnits units;
    private final PlanPeriods periods;
    private final Objectives objectives;
    private final DraftDecree draft;
    private final AddObjective addObjective;
    private final DefineIndicator defineIndicator;
    private final EnactDecree enact;
    private final ReadDecreeAnnex annexes;
    private final Messages messages;
    private final FormTokens formTokens;

    public DecreePagesController(
            Decrees decrees,
            OrganizationUnits units,
            PlanPeriods periods,
            Objectives objectives,
            DraftDecree draft,
            AddObjective addObjective,
            DefineIndicator defineIndicator,
            EnactDecree enact,
            ReadDecreeAnnex annexes,
            Messages messages,
            FormTokens formTokens) {
        this.decrees = decrees;
        this.units = units;
        this.periods = periods;
        this.objectives = objectives;
        this.draft = draft;
        this.addObjective = addObjective;
        this.defineIndicator = defineIndicator;
        this.enact = enact;
        this.annexes = annexes;
        this.messages = messages;
        this.formTokens = formTokens;
    }

    /** A numbered clause of the document: "a." and its text, "KESATU" and its text. */
    public record Clause(String label, String text) {}

    /** One line of the Lampiran, the targets in the annex's year order as printed ("87,50 (Baik)"). */
    public record AnnexRow(
            String objectiveCode,
            String objective,
            String code,
            UUID indicatorId,
            String name,
            String definition,
            String formula,
            List<String> targets,
            String dataSource) {}

    @Get("/keputusan")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<Map<String, Object>> list(Authentication authentication, @Nullable @QueryValue Integer page) {
        int number = page == null || page < 0 ? 0 : page;
        var found = decrees.list(new PageRequest(number, LIST_PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put(
                "decrees",
                found.items().stream().map(PagesController.DecreeRow::of).toList());
        model.put("page", number);
        model.put("pages", (found.total() + LIST_PAGE_SIZE - 1) / LIST_PAGE_SIZE);
        model.put("planner", authentication.getRoles().contains(PLANNER));
        return new ModelAndView<>("decrees", model);
    }

    @Get("/keputusan/baru")
    @Secured(PLANNER)
    public ModelAndView<Map<String, Object>> newDecree() {
        return draftForm(Map.of(), null);
    }

    @Post("/keputusan")
    @Secured(PLANNER)
    @Audited(entity = "decree")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> form) {
        if (!formTokens.matches(request, form)) {
            return FormTokens.refused();
        }
        try {
            String unit = Forms.text(form, "unitId");
            Decree created = draft.draft(new DraftDecree.Command(
                    unit == null ? null : new OrganizationUnitId(UUID.fromString(unit)),
                    new DecreeContent(
                            new DecreeNumber(Forms.text(form, "number")),
                            Forms.text(form, "title"),
                            Forms.text(form, "issuingOfficial"),
                            new Signatory(Forms.text(form, "signatoryName"), Forms.text(form, "signatoryPosition")),
                            Forms.lines(form, "considerations"),
                            Forms.lines(form, "legalBases"),
                            Forms.lines(form, "decisions"),
                            Forms.text(form, "place"),
                            null),
                    null));
            Audited.Change.attach(
                    request, created.id().toString(), DecreeResources.DecreeResponse.of(created, List.of()));
            return HttpResponse.seeOther(Forms.location("/keputusan/" + created.id()));
        } catch (DomainException e) {
            return Forms.refused(e, draftForm(form, Forms.Refusal.of("keputusan", e, messages)));
        }
    }

    private ModelAndView<Map<String, Object>> draftForm(Map<String, String> values, Forms.Refusal refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("units", units.list(new PageRequest(0, PageRequest.MAX_SIZE)).items());
        model.put("values", values);
        model.put("refusal", refusal);
        return new ModelAndView<>("decree-new", model);
    }

    @Get("/keputusan/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<Map<String, Object>> show(@PathVariable UUID id, Authentication authentication) {
        return document(id, authentication, null);
    }

    private ModelAndView<Map<String, Object>> document(UUID id, Authentication authentication, Forms.Refusal refusal) {
        DecreeAnnex annex = annexes.read(new DecreeId(id));
        Decree decree = annex.decree();
        DecreeContent content = decree.content();
        Map<String, Object> model = new HashMap<>();
        model.put("decree", decree);
        model.put("id", id);
        model.put("number", content.number().value());
        model.put("status", decree.status().name());
        model.put("draft", decree.status() == DecreeStatus.DRAFT);
        model.put("planner", authentication.getRoles().contains(PLANNER));
        model.put("content", content);
        model.put("unit", annex.unit().profile());
        model.put("considerations", labelled(content.considerations(), i -> (char) ('a' + i) + "."));
        model.put("legalBases", labelled(content.legalBases(), i -> (i + 1) + "."));
        model.put("decisions", labelled(content.decisions(), DecisionLabels::of));
        model.put("enactedOn", decree.enactedOn().map(IndonesianDate::format).orElse(null));
        model.put("years", annex.years().stream().map(Year::value).toList());
        model.put("rows", annex.rows().stream().map(row -> annexRow(row, annex)).toList());
        model.put("objectives", objectives.ofDecree(decree.id()));
        model.put("periods", periods.ofUnit(decree.issuingUnitId()));
        model.put(
                "later",
                decrees.laterDecreesOf(decree.id()).stream()
                        .map(PagesController.DecreeRow::of)
                        .toList());
        model.put(
                "earlier",
                decree.relation()
                        .map(relation -> decrees.find(relation.earlier())
                                .map(earlier -> relation.kind().name() + " "
                                        + earlier.content().number().value())
                                .orElse(null))
                        .orElse(null));
        model.put("refusal", refusal);
        return new ModelAndView<>("decree", model);
    }

    private static List<Clause> labelled(List<String> texts, java.util.function.IntFunction<String> label) {
        return IntStream.range(0, texts.size())
                .mapToObj(i -> new Clause(label.apply(i), texts.get(i)))
                .toList();
    }

    private static AnnexRow annexRow(DecreeAnnex.Row row, DecreeAnnex annex) {
        IndicatorDefinition definition = row.indicator().definition();
        List<String> targets = annex.years().stream()
                .map(year ->
                        row.indicator().targetFor(year).map(Target::display).orElse("—"))
                .toList();
        return new AnnexRow(
                row.objective().code(),
                row.objective().statement(),
                definition.code(),
                row.indicator().id().value(),
                definition.name(),
                definition.definition(),
                definition.formula(),
                targets,
                definition.dataSource());
    }

    @Post("/keputusan/{id}/sasaran")
    @Secured(PLANNER)
    @Audited(entity = "objective")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> addObjective(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body Map<String, String> form,
            Authentication authentication) {
        if (!formTokens.matches(request, form)) {
            return FormTokens.refused();
        }
        try {
            String period = Forms.text(form, "planPeriodId");
            Objective added = addObjective.add(new AddObjective.Command(
                    new DecreeId(id),
                    period == null ? null : new PlanPeriodId(UUID.fromString(period)),
                    Forms.text(form, "code"),
                    Forms.text(form, "statement")));
            Audited.Change.attach(request, added.id().toString(), ObjectiveController.ObjectiveResponse.of(added));
            return HttpResponse.seeOther(Forms.location("/keputusan/" + id));
        } catch (DomainException e) {
            return Forms.refused(e, document(id, authentication, Forms.Refusal.of("sasaran", e, messages)));
        }
    }

    /** An indicator with up to three yearly targets, each a number written the Indonesian way. */
    @Post("/keputusan/{id}/indikator")
    @Secured(PLANNER)
    @Audited(entity = "indicator")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> defineIndicator(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body Map<String, String> form,
            Authentication authentication) {
        if (!formTokens.matches(request, form)) {
            return FormTokens.refused();
        }
        try {
            String objective = Forms.text(form, "objectiveId");
            IndicatorKind kind = IndicatorKind.valueOf(form.getOrDefault("kind", "NUMERIC"));
            Polarity polarity = Polarity.valueOf(form.getOrDefault("polarity", "HIGHER_IS_BETTER"));
            List<Target> targets = new ArrayList<>();
            for (int row = 1; row <= 3; row++) {
                Integer year = Forms.integer(form, "targetYear" + row);
                String written = Forms.text(form, "targetValue" + row);
                if (year == null && written == null) {
                    continue;
                }
                InvalidValue.requirePresent(year, "targetYear" + row);
                InvalidValue.requirePresent(written, "targetValue" + row);
                TargetValue value = kind == IndicatorKind.QUALITATIVE
                        ? new TargetValue.Qualitative(written)
                        : new TargetValue.Numeric(Forms.number(form, "targetValue" + row));
                targets.add(new Target(Year.of(year), value, Forms.text(form, "targetCategory" + row)));
            }
            IndicatorChange defined = defineIndicator.define(new DefineIndicator.Command(
                    objective == null ? null : new ObjectiveId(UUID.fromString(objective)),
                    new IndicatorDefinition(
                            Forms.text(form, "code"),
                            Forms.text(form, "name"),
                            Forms.text(form, "definition"),
                            Forms.text(form, "formula"),
                            Forms.text(form, "unitOfMeasure"),
                            kind,
                            polarity,
                            null,
                            Forms.text(form, "dataSource"),
                            null,
                            MeasurementFrequency.valueOf(form.getOrDefault("frequency", "ANNUAL")),
                            null,
                            null,
                            List.of(),
                            null),
                    targets));
            Audited.Change.attach(
                    request,
                    defined.indicator().id().toString(),
                    IndicatorResources.IndicatorResponse.of(defined, messages));
            return HttpResponse.seeOther(Forms.location("/keputusan/" + id + "#lampiran"));
        } catch (DomainException e) {
            return Forms.refused(e, document(id, authentication, Forms.Refusal.of("indikator", e, messages)));
        }
    }

    @Post("/keputusan/{id}/tetapkan")
    @Secured(PLANNER)
    @Audited(entity = "decree", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> enact(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body Map<String, String> form,
            Authentication authentication) {
        if (!formTokens.matches(request, form)) {
            return FormTokens.refused();
        }
        try {
            // the version the planner saw: a decree changed meanwhile is not enacted unseen
            Integer version = Forms.integer(form, "version");
            Decree enacted = enact.enact(new EnactDecree.Command(
                    new DecreeId(id), InvalidValue.requirePresent(version, "version"), Forms.date(form, "enactedOn")));
            return HttpResponse.seeOther(Forms.location("/keputusan/" + id));
        } catch (DomainException e) {
            return Forms.refused(e, document(id, authentication, Forms.Refusal.of("penetapan", e, messages)));
        }
    }
}
