package id.kinerja.web.decree;

import id.kinerja.domain.decree.DecisionLabels;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.decree.DecreeStatus;
import id.kinerja.domain.decree.ReadDecrees;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.ReadDecreeAnnex;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.plan.ReadPlanPeriods;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.UnitStewardship;
import id.kinerja.http.security.Roles;
import id.kinerja.web.decree.DecreeDocumentView.AnnexRow;
import id.kinerja.web.decree.DecreeDocumentView.Choice;
import id.kinerja.web.decree.DecreeDocumentView.Clause;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Words;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The decree's page as shown after a visit or a refused form, which the document's and the cycle's controllers
 * share: the document, its annex, and for a planner the forms its state allows.
 */
@Singleton
class DecreeDocumentPage {
    private final ReadDecreeAnnex annexes;
    private final ReadDecrees decrees;
    private final ReadIndicators indicators;
    private final ReadPlanPeriods periods;
    private final UnitStewardship stewardship;
    private final Words words;
    private final IndicatorChoices.Offer indicatorChoices;

    DecreeDocumentPage(
            ReadDecreeAnnex annexes,
            ReadDecrees decrees,
            ReadIndicators indicators,
            ReadPlanPeriods periods,
            UnitStewardship stewardship,
            Words words,
            IndicatorChoices.Offer indicatorChoices) {
        this.indicatorChoices = indicatorChoices;
        this.stewardship = stewardship;
        this.annexes = annexes;
        this.decrees = decrees;
        this.indicators = indicators;
        this.periods = periods;
        this.words = words;
    }

    /** The forms of the page as typed: only the refused one holds values, the others start empty. */
    record Typed(
            ObjectiveForm objective,
            IndicatorForm indicator,
            EnactmentForm enactment,
            TargetForm target,
            RevocationForm revocation) {
        static final Typed NOTHING = new Typed(
                ObjectiveForm.empty(),
                IndicatorForm.empty(),
                EnactmentForm.empty(),
                TargetForm.empty(),
                RevocationForm.empty());

        Typed with(Record form) {
            return new Typed(
                    form instanceof ObjectiveForm typed ? typed : objective,
                    form instanceof IndicatorForm typed ? typed : indicator,
                    form instanceof EnactmentForm typed ? typed : enactment,
                    form instanceof TargetForm typed ? typed : target,
                    form instanceof RevocationForm typed ? typed : revocation);
        }
    }

    ModelAndView<DecreeDocumentView> document(UUID id, Authentication authentication, Typed typed, Refusal refusal) {
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
                        // the planner's forms only where they would be accepted: a planner of the decree's unit
                        // (or one who also administers, planning for every unit — ADR 0020)
                        authentication.getRoles().contains(Roles.PLANNER)
                                && (authentication.getRoles().contains(Roles.ADMIN)
                                        || stewardship.serves(authentication.getName(), decree.issuingUnitId())),
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
                        refusal,
                        decree.status() == DecreeStatus.ENACTED,
                        decree.relation()
                                .map(relation -> relation.earlier().value())
                                .orElse(null),
                        annex.rows().stream()
                                .map(row -> new Choice(
                                        row.indicator().id().value(),
                                        row.indicator().definition().code() == null
                                                ? row.indicator().definition().name()
                                                : row.indicator().definition().code() + ". "
                                                        + row.indicator()
                                                                .definition()
                                                                .name()))
                                .toList(),
                        typed.target(),
                        typed.revocation(),
                        decree.revocation()
                                .map(why -> IndonesianDate.format(why.on()) + " · " + why.reason())
                                .orElse(null),
                        indicatorChoices.to(authentication)));
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
