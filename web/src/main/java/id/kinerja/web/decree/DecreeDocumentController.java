package id.kinerja.web.decree;

import id.kinerja.domain.decree.DecisionLabels;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DecreeStatus;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.decree.ReadDecrees;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.indicator.IndicatorChange;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.ReadDecreeAnnex;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.plan.ReadPlanPeriods;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.decree.DecreeDocumentView.AnnexRow;
import id.kinerja.web.decree.DecreeDocumentView.Choice;
import id.kinerja.web.decree.DecreeDocumentView.Clause;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.Words;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The decree rendered like the document, and the forms that add objectives and indicators to a draft and
 * enact it. Every form posts, then redirects; a refused form shows the document again with what was typed.
 */
@Controller("/keputusan/{id}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DecreeDocumentController {
    private final ReadDecreeAnnex annexes;
    private final ReadDecrees decrees;
    private final ReadIndicators indicators;
    private final ReadPlanPeriods periods;
    private final AddObjective addObjective;
    private final DefineIndicator defineIndicator;
    private final EnactDecree enact;
    private final FormSubmission forms;
    private final Words words;

    DecreeDocumentController(
            ReadDecreeAnnex annexes,
            ReadDecrees decrees,
            ReadIndicators indicators,
            ReadPlanPeriods periods,
            AddObjective addObjective,
            DefineIndicator defineIndicator,
            EnactDecree enact,
            FormSubmission forms,
            Words words) {
        this.annexes = annexes;
        this.decrees = decrees;
        this.indicators = indicators;
        this.periods = periods;
        this.addObjective = addObjective;
        this.defineIndicator = defineIndicator;
        this.enact = enact;
        this.forms = forms;
        this.words = words;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<DecreeDocumentView> show(@PathVariable UUID id, Authentication authentication) {
        return document(id, authentication, Typed.NOTHING, null);
    }

    @Post("/sasaran")
    @Secured(Roles.PLANNER)
    @Audited(entity = "objective")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> addObjective(
            HttpRequest<?> request, @PathVariable UUID id, @Body ObjectiveForm form, Authentication authentication) {
        return forms.submit(
                request,
                "sasaran",
                form,
                typed -> {
                    Objective added =
                            addObjective.add(typed.command(SignedInUser.actor(authentication), new DecreeId(id)));
                    return Submitted.changed("/keputusan/" + id, added.id(), added);
                },
                refusal -> document(id, authentication, Typed.NOTHING.with(form), refusal));
    }

    @Post("/indikator")
    @Secured(Roles.PLANNER)
    @Audited(entity = "indicator")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> defineIndicator(
            HttpRequest<?> request, @PathVariable UUID id, @Body IndicatorForm form, Authentication authentication) {
        return forms.submit(
                request,
                "indikator",
                form,
                typed -> {
                    IndicatorChange defined = defineIndicator.define(typed.command(SignedInUser.actor(authentication)));
                    return Submitted.changed(
                            "/keputusan/" + id + "#lampiran",
                            defined.indicator().id(),
                            defined);
                },
                refusal -> document(id, authentication, Typed.NOTHING.with(form), refusal));
    }

    @Post("/tetapkan")
    @Secured(Roles.PLANNER)
    @Audited(entity = "decree", idVariables = "id")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> enact(
            HttpRequest<?> request, @PathVariable UUID id, @Body EnactmentForm form, Authentication authentication) {
        return forms.submit(
                request,
                "penetapan",
                form,
                typed -> {
                    Decree enacted = enact.enact(typed.command(SignedInUser.actor(authentication), new DecreeId(id)));
                    return Submitted.changed("/keputusan/" + id, id, enacted);
                },
                refusal -> document(id, authentication, Typed.NOTHING.with(form), refusal));
    }

    /** The forms of the page as typed: only the refused one holds values, the others start empty. */
    private record Typed(ObjectiveForm objective, IndicatorForm indicator, EnactmentForm enactment) {
        static final Typed NOTHING = new Typed(ObjectiveForm.empty(), IndicatorForm.empty(), EnactmentForm.empty());

        Typed with(Record form) {
            return new Typed(
                    form instanceof ObjectiveForm typed ? typed : objective,
                    form instanceof IndicatorForm typed ? typed : indicator,
                    form instanceof EnactmentForm typed ? typed : enactment);
        }
    }

    private ModelAndView<DecreeDocumentView> document(
            UUID id, Authentication authentication, Typed typed, Refusal refusal) {
        DecreeAnnex annex = annexes.read(new DecreeId(id));
        Decree decree = annex.decree();
        DecreeContent content = decree.content();
        List<Choice> objectives = indicators.objectivesOf(decree.id()).stream()
                .map(objective -> new Choice(objective.id().value(), objective.code() + ". " + objective.statement()))
                .toList();
        List<Choice> plans = periods.ofUnit(decree.issuingUnitId()).stream()
                .map(plan -> new Choice(
                        plan.id().value(), words.label(plan.kind()) + " " + plan.firstYear() + "–" + plan.lastYear()))
                .toList();
        return new ModelAndView<>(
                "decree",
                new DecreeDocumentView(
                        id,
                        content.number().value(),
                        decree.version(),
                        words.label(decree.status()),
                        decree.status() == DecreeStatus.DRAFT,
                        authentication.getRoles().contains(Roles.PLANNER),
                        content,
                        annex.unit().profile().name(),
                        labelled(content.considerations(), i -> (char) ('a' + i) + "."),
                        labelled(content.legalBases(), i -> (i + 1) + "."),
                        labelled(content.decisions(), DecisionLabels::of),
                        decree.enactedOn().map(IndonesianDate::format).orElse(null),
                        annex.years().stream().map(Year::value).toList(),
                        annex.rows().stream().map(row -> annexRow(row, annex)).toList(),
                        objectives,
                        plans,
                        decrees.laterDecreesOf(decree.id()).stream()
                                .map(later -> DecreeRow.of(later, words))
                                .toList(),
                        decree.relation()
                                .flatMap(relation -> decrees.find(relation.earlier())
                                        .map(earlier -> words.label(relation.kind()) + " "
                                                + earlier.content().number().value()))
                                .orElse(null),
                        typed.objective(),
                        typed.indicator(),
                        typed.enactment(),
                        refusal));
    }

    private static List<Clause> labelled(List<String> texts, IntFunction<String> label) {
        return IntStream.range(0, texts.size())
                .mapToObj(i -> new Clause(label.apply(i), texts.get(i)))
                .toList();
    }

    private static AnnexRow annexRow(DecreeAnnex.Row row, DecreeAnnex annex) {
        IndicatorDefinition definition = row.indicator().definition();
        return new AnnexRow(
                row.objective().code(),
                row.objective().statement(),
                definition.code(),
                row.indicator().id().value(),
                definition.name(),
                definition.definition(),
                definition.formula(),
                annex.years().stream()
                        .map(year -> row.indicator()
                                .targetFor(year)
                                .map(Target::display)
                                .orElse("—"))
                        .toList(),
                definition.dataSource());
    }
}
