package id.kinerja.web.attainment;

import id.kinerja.domain.evaluation.Attainment;
import id.kinerja.domain.evaluation.AttainmentScore;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.Evidence;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ObjectiveEvaluation;
import id.kinerja.domain.evaluation.ReadRealizations;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.evaluation.YearFigure;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import id.kinerja.web.attainment.AttainmentView.EndOfPlan;
import id.kinerja.web.attainment.AttainmentView.IndicatorRow;
import id.kinerja.web.attainment.AttainmentView.ObjectiveRow;
import id.kinerja.web.attainment.AttainmentView.RealizationLink;
import id.kinerja.web.attainment.AttainmentView.Score;
import id.kinerja.web.page.BasisWords;
import id.kinerja.web.page.Words;
import id.kinerja.web.page.WrittenValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Capaian unit: anyone signed in reads a unit's attainment for a year — what the LKjIP's Bab III reports — by
 * the same use case the API answers from, so the page and the API never disagree.
 */
@Controller("/unit/{id}/capaian")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AttainmentPageController {
    private final EvaluateAttainment evaluate;
    private final ReadRealizations realizations;
    private final Words words;
    private final Clock clock;

    AttainmentPageController(EvaluateAttainment evaluate, ReadRealizations realizations, Words words, Clock clock) {
        this.evaluate = evaluate;
        this.realizations = realizations;
        this.words = words;
        this.clock = clock;
    }

    /** @param tahun the year; by default the one just ended, the year a LKjIP reports on */
    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<AttainmentView> show(@PathVariable UUID id, @Nullable @QueryValue Integer tahun) {
        int year = tahun == null ? LocalDate.now(clock).getYear() - 1 : tahun;
        UnitEvaluation evaluation = evaluate.ofUnit(new OrganizationUnitId(id), Year.of(year), null, null);
        List<Realization> used = evaluation.objectives().stream()
                .flatMap(objective -> objective.indicators().stream())
                .flatMap(indicator -> indicator.year().periods().stream())
                .toList();
        Map<RealizationId, Long> evidence =
                realizations.evidenceOf(used.stream().map(Realization::id).toList()).stream()
                        .collect(Collectors.groupingBy(Evidence::realizationId, Collectors.counting()));
        return new ModelAndView<>(
                "attainment",
                new AttainmentView(
                        id,
                        evaluation.unit().profile().name(),
                        year,
                        evaluation.decree().map(decree -> decree.id().value()).orElse(null),
                        evaluation
                                .decree()
                                .map(decree -> decree.content().number().value())
                                .orElse(null),
                        words.get(evaluation.closure().closed() ? "attainment.closed" : "attainment.open"),
                        evaluation.scale().name(),
                        // the indicator page measures against the decree's targets: this page says when it does not
                        BasisWords.sentence(words, evaluation.targetSource()),
                        score(evaluation.score()),
                        evaluation.objectives().stream()
                                .map(objective -> objectiveRow(objective, evidence))
                                .toList()));
    }

    private ObjectiveRow objectiveRow(ObjectiveEvaluation objective, Map<RealizationId, Long> evidence) {
        return new ObjectiveRow(
                objective.objective().code(),
                objective.objective().statement(),
                score(objective.score()),
                objective.indicators().stream()
                        .map(indicator -> indicatorRow(indicator, evidence))
                        .toList());
    }

    private IndicatorRow indicatorRow(IndicatorEvaluation evaluation, Map<RealizationId, Long> evidence) {
        YearFigure figure = evaluation.year();
        return new IndicatorRow(
                evaluation.indicator().id().value(),
                evaluation.indicator().definition().name(),
                figure.target().map(Target::display).map(words::written).orElse("—"),
                realized(figure.value()),
                attainment(figure.attainment()),
                figure.rating().orElse(null),
                state(figure),
                words.explain(figure.value().explanation()) + " · "
                        + words.explain(figure.attainment().explanation()),
                evaluation.previousYears().stream()
                        .map(previous -> previous.year().value() + ": " + realized(previous.value()) + " ("
                                + attainment(previous.attainment()) + ")")
                        .toList(),
                evaluation
                        .endOfPlan()
                        .map(end -> new EndOfPlan(
                                end.target().year().value(),
                                words.written(end.target().display()),
                                attainment(end.attainment())))
                        .orElse(null),
                figure.periods().stream()
                        .map(realization -> link(realization, evidence))
                        .toList());
    }

    private RealizationLink link(Realization realization, Map<RealizationId, Long> evidence) {
        Realization.Source source = realization.value().source();
        UUID survey = null;
        String version = null;
        if (source.kind() == Realization.Source.Kind.SURVEY && source.reference() != null) {
            String[] parts = source.reference().split("/", 2);
            try {
                survey = UUID.fromString(parts[0]);
                version = parts.length < 2 ? null : parts[1];
            } catch (IllegalArgumentException unreadable) {
                survey = null; // a reference from before result versions were kept: shown without its link
            }
        }
        return new RealizationLink(
                realization.id().value(),
                words.label(realization.period()) + ": " + words.written(WrittenValues.shown(realization)) + " ("
                        + words.label(realization.status()) + ")",
                words.label(source.kind()),
                survey,
                version,
                evidence.getOrDefault(realization.id(), 0L).intValue());
    }

    private Score score(AttainmentScore score) {
        return new Score(
                score.percent().map(percent -> words.number(percent) + " %").orElse("—"),
                score.rating().orElse(null),
                words.label(score.rule()),
                words.explain(score.explanation()));
    }

    private String realized(YearlyValue value) {
        if (value instanceof YearlyValue.Known known) {
            return known.amount() == null ? known.text() : words.number(known.amount());
        }
        return "—";
    }

    /** The review state of what the year's value is made from, or why there is no value. */
    private String state(YearFigure figure) {
        if (figure.value() instanceof YearlyValue.Known known) {
            return known.from().stream()
                    .map(realization -> words.label(realization.status()))
                    .distinct()
                    .collect(Collectors.joining(", "));
        }
        return words.get(figure.value() instanceof YearlyValue.Missing ? "state.notFilled" : "attainment.incomplete");
    }

    private String attainment(Attainment attainment) {
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
        return words.get("attainment.not-computable");
    }
}
