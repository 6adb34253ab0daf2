package id.kinerja.web.audit;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.SearchAuditTrail;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.http.security.Roles;
import id.kinerja.web.audit.AuditTrailView.Kind;
import id.kinerja.web.audit.AuditTrailView.Line;
import id.kinerja.web.page.Pager;
import id.kinerja.web.page.Words;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.time.ZonedDateTime;
import java.util.List;

/** The trail, newest first, filtered by thing, person and days (WIB), fifty lines a page. */
@Controller("/jejak-audit")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditTrailController {
    private static final int PAGE_SIZE = 50;
    private static final List<String> KINDS = List.of(
            "decree",
            "objective",
            "indicator",
            "unit",
            "plan-period",
            "survey",
            "survey-responses",
            "realization",
            "evidence",
            "unit-year",
            "user",
            "user-units",
            "rating-scale");

    private final SearchAuditTrail trail;
    private final Words words;

    AuditTrailController(SearchAuditTrail trail, Words words) {
        this.trail = trail;
        this.words = words;
    }

    @Get
    @Secured({Roles.AUDITOR, Roles.ADMIN})
    public ModelAndView<AuditTrailView> trail(@RequestBean AuditFilter filter) {
        int number = Pager.requested(filter.page());
        Page<AuditEntry> found = trail.search(filter.query(), new PageRequest(number, PAGE_SIZE));
        return new ModelAndView<>(
                "audit",
                new AuditTrailView(
                        found.items().stream().map(this::line).toList(),
                        Pager.of(found, number, PAGE_SIZE),
                        filter,
                        KINDS.stream()
                                .map(kind -> new Kind(kind, words.get("audit.kind." + kind)))
                                .toList()));
    }

    private Line line(AuditEntry entry) {
        ZonedDateTime local = entry.at().atZone(AuditFilter.WIB);
        return new Line(
                IndonesianDate.format(local.toLocalDate()) + " "
                        + local.toLocalTime().withNano(0) + " WIB",
                entry.actor(),
                entry.action(),
                entry.entityType() == null
                        ? "—"
                        : words.get("audit.kind." + entry.entityType())
                                + (entry.entityId() == null ? "" : " " + entry.entityId()),
                entry.status(),
                entry.refused(),
                words.label(entry.outcome()),
                entry.refusal() == null
                        ? null
                        : Words.english()
                                ? entry.refusal().english()
                                : entry.refusal().indonesian(),
                entry.occurrences(),
                entry.address(),
                entry.reason(),
                entry.before(),
                entry.after());
    }
}
