package id.kinerja.web.organization;

import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.ReadOrganization;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.ReadPlanPeriods;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.http.security.Roles;
import id.kinerja.web.organization.UnitTreeView.UnitRow;
import id.kinerja.web.page.Pager;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The organization tree, a page of units at a time in the tree's order, or the units whose name holds the text
 * searched for; planners see the links to register and revise units.
 */
@Controller("/unit")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class UnitTreeController {
    private static final int PAGE_SIZE = 20;

    private final ReadOrganization organization;
    private final ReadPlanPeriods periods;
    private final Words words;

    UnitTreeController(ReadOrganization organization, ReadPlanPeriods periods, Words words) {
        this.organization = organization;
        this.periods = periods;
        this.words = words;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<UnitTreeView> tree(
            Authentication authentication, @Nullable @QueryValue String cari, @Nullable @QueryValue Integer page) {
        int number = Pager.requested(page);
        String search = cari == null ? "" : cari.strip();
        Page<ReadOrganization.UnitNode> found = organization.tree(search, new PageRequest(number, PAGE_SIZE));
        Map<OrganizationUnitId, List<PlanPeriod>> plans = periods.ofUnits(
                found.items().stream().map(node -> node.unit().id()).toList());
        return new ModelAndView<>(
                "organization",
                new UnitTreeView(
                        found.items().stream()
                                .map(node ->
                                        row(node, plans.getOrDefault(node.unit().id(), List.of())))
                                .toList(),
                        Pager.of(found, number, PAGE_SIZE),
                        search,
                        search.isEmpty() ? "/unit" : "/unit?cari=" + URLEncoder.encode(search, StandardCharsets.UTF_8),
                        authentication.getRoles().contains(Roles.PLANNER)));
    }

    private UnitRow row(ReadOrganization.UnitNode node, List<PlanPeriod> plans) {
        OrganizationUnit unit = node.unit();
        List<String> functions = unit.profile().functions();
        return new UnitRow(
                unit.id().value(),
                node.depth(),
                unit.profile().name(),
                words.label(unit.profile().type()),
                unit.profile().tasks(),
                IntStream.range(0, functions.size())
                        .mapToObj(i -> (char) ('a' + i) + ". " + functions.get(i))
                        .toList(),
                plans.stream()
                        .map(plan -> words.label(plan.kind()) + " " + plan.firstYear() + "–" + plan.lastYear())
                        .toList());
    }
}
