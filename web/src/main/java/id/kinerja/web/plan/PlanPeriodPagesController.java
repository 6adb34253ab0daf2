package id.kinerja.web.plan;

import id.kinerja.domain.plan.DefinePlanPeriod;
import id.kinerja.domain.plan.PlanKind;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.ReadPlanPeriods;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Pager;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.UnitChoice;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import id.kinerja.web.plan.PlanPeriodsView.KindChoice;
import id.kinerja.web.plan.PlanPeriodsView.PeriodRow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Periode rencana: everyone signed in reads them, a page at a time in the order of the organization tree;
 * planners add one (the rule of the API's {@code /api/v1/plan-periods}).
 */
@Controller("/periode-rencana")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanPeriodPagesController {
    private static final int PAGE_SIZE = 20;

    private final ReadPlanPeriods periods;
    private final DefinePlanPeriod define;
    private final UnitPicker units;
    private final FormSubmission forms;
    private final Words words;

    PlanPeriodPagesController(
            ReadPlanPeriods periods, DefinePlanPeriod define, UnitPicker units, FormSubmission forms, Words words) {
        this.periods = periods;
        this.define = define;
        this.units = units;
        this.forms = forms;
        this.words = words;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<PlanPeriodsView> list(Authentication authentication, @Nullable @QueryValue Integer page) {
        return page(authentication, Pager.requested(page), PlanPeriodForm.empty(), null);
    }

    @Post
    @Secured(Roles.PLANNER)
    @Audited(entity = "plan-period")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> add(HttpRequest<?> request, Authentication authentication, @Body PlanPeriodForm form) {
        return forms.submit(
                request,
                "periode",
                form,
                typed -> {
                    PlanPeriod added = define.define(typed.command(SignedInUser.actor(authentication)));
                    return Submitted.changed("/periode-rencana", added.id(), added);
                },
                refusal -> page(authentication, 0, form, refusal));
    }

    /** A handful of periods per unit: read whole (one statement) and paged here, in the tree's order. */
    private ModelAndView<PlanPeriodsView> page(
            Authentication authentication, int number, PlanPeriodForm values, Refusal refusal) {
        List<UnitChoice> tree = units.all();
        Map<UUID, Integer> order = new java.util.HashMap<>();
        Map<UUID, String> names = new java.util.HashMap<>();
        for (int i = 0; i < tree.size(); i++) {
            order.put(tree.get(i).id(), i);
            names.put(tree.get(i).id(), tree.get(i).name());
        }
        List<PlanPeriod> all = periods.all().stream()
                .sorted(Comparator.comparing((PlanPeriod period) ->
                                order.getOrDefault(period.unitId().value(), Integer.MAX_VALUE))
                        .thenComparing(PlanPeriod::firstYear)
                        .thenComparing(PlanPeriod::name))
                .toList();
        PageRequest request = new PageRequest(number, PAGE_SIZE);
        Page<PlanPeriod> found =
                new Page<>(all.stream().skip(request.offset()).limit(PAGE_SIZE).toList(), request, all.size());
        boolean planner = authentication.getRoles().contains(Roles.PLANNER);
        return new ModelAndView<>(
                "plan-periods",
                new PlanPeriodsView(
                        found.items().stream()
                                .map(period -> new PeriodRow(
                                        names.getOrDefault(period.unitId().value(), "—"),
                                        words.label(period.kind()),
                                        period.name(),
                                        period.firstYear().value(),
                                        period.lastYear().value()))
                                .collect(Collectors.toList()),
                        Pager.of(found, number, PAGE_SIZE),
                        planner ? tree : null,
                        Arrays.stream(PlanKind.values())
                                .map(kind -> new KindChoice(kind.name(), words.label(kind)))
                                .toList(),
                        values,
                        refusal));
    }
}
