package id.kinerja.web.pages;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditQuery;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The organization tree with each unit's tasks, functions and plan periods, and the audit trail's view. */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RecordsPagesController {
    /** Dates on the pages are days in Western Indonesia Time. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final int AUDIT_PAGE_SIZE = 50;

    private final OrganizationUnits units;
    private final PlanPeriods periods;
    private final AuditTrail audit;

    public RecordsPagesController(OrganizationUnits units, PlanPeriods periods, AuditTrail audit) {
        this.units = units;
        this.periods = periods;
        this.audit = audit;
    }

    /** A unit in the tree: its depth, its lettered functions, its plan periods. */
    public record UnitRow(
            UUID id,
            int depth,
            String name,
            String type,
            List<String> tasks,
            List<String> functions,
            List<String> plans) {}

    /** One line of the trail as the page shows it. */
    public record AuditRow(
            String at,
            String actor,
            String action,
            String entity,
            int status,
            boolean refused,
            String reason,
            String before,
            String after) {}

    @Get("/unit")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<Map<String, Object>> organization() {
        List<OrganizationUnit> all =
                units.list(new PageRequest(0, PageRequest.MAX_SIZE)).items();
        List<UnitRow> rows = new ArrayList<>();
        all.stream()
                .filter(unit -> unit.parentId().isEmpty()
                        || all.stream()
                                .noneMatch(other ->
                                        other.id().equals(unit.parentId().get())))
                .forEach(root -> addWithChildren(root, 0, all, rows));
        return new ModelAndView<>("organization", Map.of("units", rows));
    }

    private void addWithChildren(OrganizationUnit unit, int depth, List<OrganizationUnit> all, List<UnitRow> rows) {
        List<String> functions = new ArrayList<>();
        List<String> written = unit.profile().functions();
        for (int i = 0; i < written.size(); i++) {
            functions.add((char) ('a' + i) + ". " + written.get(i));
        }
        rows.add(new UnitRow(
                unit.id().value(),
                depth,
                unit.profile().name(),
                unit.profile().type().name(),
                unit.profile().tasks(),
                functions,
                periods.ofUnit(unit.id()).stream()
                        .map(plan -> plan.kind() + " " + plan.firstYear() + "–" + plan.lastYear())
                        .toList()));
        all.stream()
                .filter(child -> child.parentId().map(unit.id()::equals).orElse(false))
                .forEach(child -> addWithChildren(child, depth + 1, all, rows));
    }

    /** The trail, newest first, filtered by thing, person and days (WIB), fifty lines a page. */
    @Get("/jejak-audit")
    @Secured({"AUDITOR", "ADMIN"})
    public ModelAndView<Map<String, Object>> trail(
            @Nullable @QueryValue String entityType,
            @Nullable @QueryValue String entityId,
            @Nullable @QueryValue String actor,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue Boolean refused,
            @Nullable @QueryValue Integer page) {
        int number = page == null || page < 0 ? 0 : page;
        Page<AuditEntry> found = audit.search(
                new AuditQuery(entityType, entityId, actor, day(from, 0), day(to, 1), refused),
                new PageRequest(number, AUDIT_PAGE_SIZE));
        Map<String, Object> model = new HashMap<>();
        model.put(
                "rows", found.items().stream().map(RecordsPagesController::row).toList());
        model.put("total", found.total());
        model.put("page", number);
        model.put("pages", (found.total() + AUDIT_PAGE_SIZE - 1) / AUDIT_PAGE_SIZE);
        Map<String, String> filters = new HashMap<>();
        filters.put("entityType", Optional.ofNullable(entityType).orElse(""));
        filters.put("entityId", Optional.ofNullable(entityId).orElse(""));
        filters.put("actor", Optional.ofNullable(actor).orElse(""));
        filters.put("from", Optional.ofNullable(from).orElse(""));
        filters.put("to", Optional.ofNullable(to).orElse(""));
        model.put("filters", filters);
        model.put("refusedOnly", Boolean.TRUE.equals(refused));
        return new ModelAndView<>("audit", model);
    }

    private static Instant day(String written, int daysAfter) {
        if (written == null || written.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(written)
                    .plusDays(daysAfter)
                    .atStartOfDay(WIB)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return IndonesianDate.parse(written, "date")
                    .plusDays(daysAfter)
                    .atStartOfDay(WIB)
                    .toInstant();
        }
    }

    private static AuditRow row(AuditEntry entry) {
        var local = entry.at().atZone(WIB);
        return new AuditRow(
                IndonesianDate.format(local.toLocalDate()) + " "
                        + local.toLocalTime().withNano(0) + " WIB",
                entry.actor(),
                entry.action(),
                entry.entityType() == null ? "—" : entry.entityType() + " " + entry.entityId(),
                entry.status(),
                entry.refused(),
                entry.reason(),
                entry.before(),
                entry.after());
    }
}
