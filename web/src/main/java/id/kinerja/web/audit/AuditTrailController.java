package id.kinerja.web.audit;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.SearchAuditTrail;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.user.ReadUsers;
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
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /** A path segment that names a thing rather than an action: an id, a year, a number. */
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}|\\d+|\\{.*}");

    private final SearchAuditTrail trail;
    private final ReadUsers users;
    private final Words words;

    AuditTrailController(SearchAuditTrail trail, ReadUsers users, Words words) {
        this.trail = trail;
        this.users = users;
        this.words = words;
    }

    @Get
    @Secured({Roles.AUDITOR, Roles.ADMIN})
    public ModelAndView<AuditTrailView> trail(@RequestBean AuditFilter filter) {
        int number = Pager.requested(filter.page());
        Page<AuditEntry> found = trail.search(filter.query(), new PageRequest(number, PAGE_SIZE));
        Map<String, String> names = users.displayNamesOf(
                found.items().stream().map(AuditEntry::actor).collect(Collectors.toSet()));
        return new ModelAndView<>(
                "audit",
                new AuditTrailView(
                        found.items().stream().map(entry -> line(entry, names)).toList(),
                        Pager.of(found, number, PAGE_SIZE),
                        filter,
                        KINDS.stream()
                                .map(kind -> new Kind(kind, words.get("audit.kind." + kind)))
                                .toList()));
    }

    /** A line in words: who by name, what they did, to which thing, refused and why. */
    private Line line(AuditEntry entry, Map<String, String> names) {
        ZonedDateTime local = entry.at().atZone(AuditFilter.WIB);
        String name = names.get(entry.actor());
        return new Line(
                words.date(local.toLocalDate()) + " " + local.toLocalTime().withNano(0) + " WIB",
                name == null ? entry.actor() : name + " (" + entry.actor() + ")",
                words.labelOr(actionKey(entry.action()), entry.action()),
                entry.entityType() == null
                        ? "—"
                        : words.labelOr("audit.kind." + entry.entityType(), entry.entityType())
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

    /**
     * The words of an action by its route, ids left out: "POST /api/v1/realizations/{id}/verify" reads
     * {@code audit.action.post.api.v1.realizations.verify}. A route without words yet shows as it was asked.
     */
    public static String actionKey(String action) {
        String[] parts = action.split(" ", 2);
        if (parts.length < 2) {
            return "audit.action." + action;
        }
        String path = parts[1].split("\\?", 2)[0];
        StringBuilder key = new StringBuilder("audit.action.").append(parts[0].toLowerCase(Locale.ROOT));
        for (String segment : path.split("/")) {
            if (!segment.isEmpty() && !ID.matcher(segment).matches()) {
                key.append('.').append(segment);
            }
        }
        return key.toString();
    }
}
