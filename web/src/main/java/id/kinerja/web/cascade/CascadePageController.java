package id.kinerja.web.cascade;

import id.kinerja.domain.cascade.ReadCascade;
import id.kinerja.domain.cascade.ReadCascade.Cascade;
import id.kinerja.domain.cascade.ReadCascade.Linked;
import id.kinerja.domain.evaluation.Attainment;
import id.kinerja.domain.evaluation.AttainmentScore;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.Year;
import id.kinerja.web.cascade.CascadeView.IndicatorItem;
import id.kinerja.web.cascade.CascadeView.ObjectiveItem;
import id.kinerja.web.cascade.CascadeView.UnitItem;
import id.kinerja.web.page.BasisWords;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pohon kinerja: the cascade of a year from the province down as nested lists (readable without scripts and on a
 * phone), each node with its attainment in words and each break of the chain named. The year travels in the
 * address, so a tree can be bookmarked; a year that cannot be read is said beside its field.
 */
@Controller("/kaskade")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CascadePageController {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final ReadCascade cascade;
    private final UnitPicker picker;
    private final Words words;
    private final Clock clock;

    CascadePageController(ReadCascade cascade, UnitPicker picker, Words words, Clock clock) {
        this.cascade = cascade;
        this.picker = picker;
        this.words = words;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public HttpResponse<ModelAndView<CascadeView>> page(
            @Nullable @QueryValue String tahun, @Nullable @QueryValue String unit) {
        // like the recap, the tree is read for the year being reported on: by default the one that just ended
        String typed = tahun == null || tahun.isBlank()
                ? Integer.toString(LocalDate.now(clock.withZone(WIB)).getYear() - 1)
                : tahun.strip();
        String root = unit == null || unit.isBlank() ? null : unit.strip();
        Optional<OrganizationUnitId> from;
        try {
            from = Optional.ofNullable(root).map(UUID::fromString).map(OrganizationUnitId::new);
        } catch (IllegalArgumentException unreadable) {
            return refused(typed, root, "unit", words.get("cascade.unit-unreadable"));
        }
        Cascade read;
        try {
            read = cascade.of(Year.of(Integer.parseInt(typed)), from);
        } catch (NumberFormatException unreadable) {
            return refused(typed, root, "tahun", words.get("cascade.year-unreadable"));
        } catch (DomainException refused) {
            return refused(
                    typed,
                    root,
                    refused.field().orElse("unit").equals("year") ? "tahun" : "unit",
                    words.refusal(refused));
        }
        CascadeView view = new CascadeView(
                typed,
                root,
                picker.all(),
                null,
                null,
                read.breaks(),
                read.scale().name(),
                read.roots().stream().map(this::unit).toList());
        return HttpResponse.ok(new ModelAndView<>("cascade", view));
    }

    private HttpResponse<ModelAndView<CascadeView>> refused(String typed, String root, String field, String message) {
        return HttpResponse.<ModelAndView<CascadeView>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>(
                        "cascade", new CascadeView(typed, root, picker.all(), message, field, 0, null, List.of())));
    }

    private UnitItem unit(ReadCascade.UnitNode node) {
        UnitEvaluation evaluation = node.evaluation();
        return new UnitItem(
                evaluation.unit().id().value().toString(),
                evaluation.unit().profile().name(),
                evaluation.decree().isPresent() ? score(evaluation.score()) : words.get("cascade.no-decree"),
                evaluation.score().rating().orElse("—"),
                BasisWords.sentence(words, evaluation.targetSource()),
                evaluation.decree().isPresent(),
                node.objectives().stream()
                        .map(objective -> new ObjectiveItem(
                                objective.evaluation().objective().code(),
                                objective.evaluation().objective().statement(),
                                score(objective.evaluation().score()),
                                objective.evaluation().score().rating().orElse("—"),
                                objective.broken(),
                                objective.supports().map(this::linked).orElse(null),
                                objective.supporters().stream()
                                        .map(this::linked)
                                        .toList(),
                                objective.indicators().stream()
                                        .map(this::indicator)
                                        .toList()))
                        .toList(),
                node.children().stream().map(this::unit).toList());
    }

    private IndicatorItem indicator(ReadCascade.IndicatorNode node) {
        IndicatorEvaluation evaluation = node.evaluation();
        String code = evaluation.indicator().definition().code();
        String name = evaluation.indicator().definition().name();
        return new IndicatorItem(
                code == null ? name : code + ". " + name,
                evaluation
                        .year()
                        .target()
                        .map(target -> words.written(target.display()))
                        .orElse("—"),
                attainment(evaluation.year().attainment()),
                evaluation.year().rating().orElse("—"),
                node.supports().map(this::linked).orElse(null),
                node.supporters().stream().map(this::linked).toList());
    }

    /** "Bagian Umum — 1. Meningkatnya layanan (capaian 95,00 %)". */
    private String linked(Linked linked) {
        if (linked.objective() != null) {
            return words.message(
                    "cascade.linked.objective",
                    List.of(
                            linked.unitName(),
                            linked.objective().objective().code() + ". "
                                    + linked.objective().objective().statement(),
                            score(linked.objective().score())));
        }
        IndicatorEvaluation indicator = linked.indicator();
        return words.message(
                "cascade.linked.indicator",
                List.of(
                        linked.unitName(),
                        indicator.indicator().definition().name(),
                        attainment(indicator.year().attainment())));
    }

    private String score(AttainmentScore score) {
        return score.percent()
                .map(percent -> words.number(percent) + " %")
                .orElseGet(() -> words.get("cascade.no-score"));
    }

    private String attainment(Attainment attainment) {
        if (attainment instanceof Attainment.Computed computed) {
            return words.number(computed.percent()) + " %";
        }
        if (attainment instanceof Attainment.Qualitative qualitative) {
            return words.get(qualitative.achieved() ? "cascade.achieved" : "cascade.not-achieved");
        }
        if (attainment instanceof Attainment.NotFilled) {
            return words.get("cascade.not-filled");
        }
        if (attainment instanceof Attainment.NotApplicable) {
            return words.get("cascade.not-applicable");
        }
        return words.get("cascade.not-computable");
    }
}
