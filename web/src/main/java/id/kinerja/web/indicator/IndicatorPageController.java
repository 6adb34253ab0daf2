package id.kinerja.web.indicator;

import id.kinerja.domain.evaluation.Attainment;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.ReadYearClosures;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.evaluation.YearFigure;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.web.indicator.IndicatorView.Choice;
import id.kinerja.web.indicator.IndicatorView.YearRow;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.Words;
import id.kinerja.web.page.WrittenValues;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The indicator across its plan, and the form on which an evaluator records a realization. */
@Controller("/indikator/{id}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class IndicatorPageController {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final EvaluateAttainment evaluate;
    private final RecordRealization record;
    private final FormSubmission forms;
    private final ReadYearClosures closures;
    private final Words words;
    private final Clock clock;

    IndicatorPageController(
            EvaluateAttainment evaluate,
            RecordRealization record,
            FormSubmission forms,
            ReadYearClosures closures,
            Words words,
            Clock clock) {
        this.evaluate = evaluate;
        this.clock = clock;
        this.closures = closures;
        this.record = record;
        this.forms = forms;
        this.words = words;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<IndicatorView> show(@PathVariable UUID id, Authentication authentication) {
        return page(id, authentication, null, null);
    }

    /** A realization entered on the page; the realization's page then shows the value as it was understood. */
    @Post("/realisasi")
    @Secured(Roles.EVALUATOR)
    @Audited(entity = "realization")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> recordRealization(
            HttpRequest<?> request,
            @PathVariable UUID id,
            @Body RealizationEntryForm form,
            Authentication authentication) {
        return forms.submit(
                request,
                "realisasi-baru",
                form,
                typed -> {
                    Realization recorded = record.record(typed.command(authentication.getName(), new IndicatorId(id)));
                    return Submitted.changed("/realisasi/" + recorded.id(), recorded.id(), recorded);
                },
                refusal -> page(id, authentication, form, refusal));
    }

    private ModelAndView<IndicatorView> page(
            UUID id, Authentication authentication, RealizationEntryForm entered, Refusal refusal) {
        EvaluateAttainment.IndicatorHistory history = evaluate.ofIndicator(new IndicatorId(id), null);
        // a closed year refuses every entry: it is not offered
        List<Integer> openYears = history.plan()
                .years()
                .filter(year -> !closures.of(history.plan().unitId(), year).closed())
                .map(Year::value)
                .toList();
        RealizationEntryForm entry =
                entered != null ? entered : RealizationEntryForm.forYear(yearMostLikelyRecorded(openYears));
        Indicator indicator = history.indicator();
        IndicatorDefinition definition = indicator.definition();
        BigDecimal highest = history.years().stream()
                .flatMap(figure -> List.of(targetAmount(figure), realizedAmount(figure)).stream())
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ONE)
                .max(BigDecimal.ONE);
        return new ModelAndView<>(
                "indicator",
                new IndicatorView(
                        id,
                        definition.name(),
                        history.objective().code() + ". " + history.objective().statement(),
                        definition.definition(),
                        definition.formula(),
                        words.label(definition.polarity()),
                        definition.polarity() == Polarity.LOWER_IS_BETTER,
                        definition.unitOfMeasure(),
                        definition.effectiveRange().isOpen()
                                ? null
                                : words.written(definition.effectiveRange().display()),
                        // only an evaluator of the responsible unit is offered the forms (the others would be refused)
                        authentication.getRoles().contains(Roles.EVALUATOR)
                                && record.serves(authentication.getName(), indicator.id()),
                        definition.kind() == IndicatorKind.SATISFACTION_INDEX,
                        RecordRealization.periodsOf(definition).stream()
                                .sorted()
                                .map(period -> new Choice(period.name(), words.label(period)))
                                .toList(),
                        openYears,
                        history.years().stream()
                                .map(figure -> yearRow(figure, highest))
                                .toList(),
                        words.number(highest.stripTrailingZeros().max(BigDecimal.ONE)),
                        words.number(highest.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)
                                .stripTrailingZeros()),
                        entry,
                        refusal));
    }

    /**
     * The year an evaluator opening the form most likely records: this year when it is open, otherwise the latest
     * open year before it (a year being closed out), otherwise the first open one — not simply the plan's first year.
     */
    private Integer yearMostLikelyRecorded(List<Integer> openYears) {
        int thisYear = LocalDate.now(clock).getYear();
        return openYears.stream()
                .filter(year -> year <= thisYear)
                .max(Comparator.naturalOrder())
                .or(() -> openYears.stream().findFirst())
                .orElse(null);
    }

    private YearRow yearRow(YearFigure figure, BigDecimal highest) {
        YearlyValue value = figure.value();
        return new YearRow(
                figure.year().value(),
                figure.target().map(Target::display).map(words::written).orElse("—"),
                targetAmount(figure).signum() > 0 ? words.number(targetAmount(figure)) : "",
                figure.periods().stream()
                        .map(period -> words.label(period.period()) + ": " + words.written(WrittenValues.shown(period))
                                + " (" + words.label(period.status()) + ")")
                        .toList(),
                value instanceof YearlyValue.Known known
                        ? (known.amount() == null ? known.text() : words.number(known.amount()))
                        : "—",
                state(figure.attainment()),
                figure.rating().orElse(null),
                figure.categoryCheck()
                        .map(check -> words.explain(check.explanation()))
                        .orElse(null),
                words.explain(value.explanation()) + " · "
                        + words.explain(figure.attainment().explanation()),
                bar(targetAmount(figure), highest),
                bar(realizedAmount(figure), highest));
    }

    /** The attainment in words: the percentage when computed, never "achieved" for a number alone. */
    private String state(Attainment attainment) {
        if (attainment instanceof Attainment.Computed computed) {
            // the figure says whether the target was met: 100 % or more, whatever the indicator's direction
            return words.get("state.computed") + " " + words.number(computed.percent()) + " % · "
                    + words.get(computed.percent().compareTo(HUNDRED) >= 0 ? "state.met" : "state.missed");
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
        Attainment.NotComputable notComputable = (Attainment.NotComputable) attainment;
        return words.get("state.notComputable") + " "
                + words.message(notComputable.reasonCode(), notComputable.arguments());
    }

    private static BigDecimal targetAmount(YearFigure figure) {
        TargetValue target = figure.target().map(Target::value).orElse(null);
        if (target instanceof TargetValue.Numeric numeric) {
            return numeric.amount();
        }
        if (target instanceof TargetValue.Range range) {
            return range.upper();
        }
        return BigDecimal.ZERO;
    }

    private static BigDecimal realizedAmount(YearFigure figure) {
        return figure.value() instanceof YearlyValue.Known known && known.amount() != null
                ? known.amount()
                : BigDecimal.ZERO;
    }

    /** A bar's share of the chart's height, 0 to 100. */
    private static double bar(BigDecimal value, BigDecimal highest) {
        return value.signum() <= 0
                ? 0
                : value.multiply(BigDecimal.valueOf(100))
                        .divide(highest, 2, RoundingMode.HALF_UP)
                        .doubleValue();
    }
}
