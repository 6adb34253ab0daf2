package id.kinerja.web.pages;

import id.kinerja.domain.audit.AuditQuery;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.evaluation.AttainmentCap;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.Realizations;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.UnitAssignments;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.csrf.repository.CsrfLoginCookieProvider;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The front door and each role's first page after signing in: planners see their decrees, evaluators what
 * is still a draft and what was returned to them, auditors what awaits their review.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PagesController {
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);

    private final CsrfLoginCookieProvider csrfCookies;
    private final Decrees decrees;
    private final Realizations realizations;
    private final Indicators indicators;
    private final OrganizationUnits units;
    private final AuditTrail audit;
    private final UnitAssignments assignments;
    private final EvaluateAttainment evaluate;
    private final Clock clock;
    private final Words words;

    public PagesController(
            CsrfLoginCookieProvider csrfCookies,
            Decrees decrees,
            Realizations realizations,
            Indicators indicators,
            OrganizationUnits units,
            AuditTrail audit,
            UnitAssignments assignments,
            EvaluateAttainment evaluate,
            Clock clock,
            Words words) {
        this.csrfCookies = csrfCookies;
        this.decrees = decrees;
        this.realizations = realizations;
        this.indicators = indicators;
        this.units = units;
        this.audit = audit;
        this.assignments = assignments;
        this.evaluate = evaluate;
        this.clock = clock;
        this.words = words;
    }

    /** A decree as its list row shows it. */
    public record DecreeRow(UUID id, String number, String title, String status, String enactedOn) {
        static DecreeRow of(Decree decree) {
            return new DecreeRow(
                    decree.id().value(),
                    decree.content().number().value(),
                    decree.content().title(),
                    decree.status().name(),
                    decree.enactedOn().map(IndonesianDate::format).orElse("—"));
        }
    }

    /** A realization as a work list shows it, the number written the Indonesian way. */
    public record RealizationRow(
            UUID id, String indicator, int year, String period, String value, String status, String note) {}

    /** An indicator of the evaluator's units whose year still lacks its realization. */
    public record DueRow(UUID indicatorId, String indicator, String unit, int year, String state) {}

    /** A closing or reopening of a year the auditor made, from the audit trail. */
    public record YearChangeRow(String what, String unitYear, String reason, String at) {}

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @View("home")
    public Map<String, Object> home(@Nullable Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        model.put("signedIn", authentication != null);
        return model;
    }

    /** The sign-in form, with the CSRF cookie its post must echo. */
    @Get("/masuk")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public HttpResponse<?> signIn(HttpRequest<?> request, @Nullable @QueryValue String gagal) {
        // A browser that holds a CSRF cookie keeps it: the view-model processor fills the form from the cookie
        // the request carries, so a fresh cookie here would no longer match the form.
        Cookie fresh = csrfCookies.provideCookie(request);
        Optional<Cookie> held = request.getCookies().findCookie(fresh.getName());
        MutableHttpResponse<?> page = HttpResponse.ok(new ModelAndView<>(
                        "signin", Map.of("csrfToken", held.orElse(fresh).getValue(), "failed", gagal != null)))
                .header("Cache-Control", "no-store");
        return held.isPresent() ? page : page.cookie(fresh);
    }

    @Get("/beranda")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @View("dashboard")
    public Map<String, Object> dashboard(Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        Object name = authentication.getAttributes().get("name");
        model.put("displayName", name == null ? authentication.getName() : name.toString());
        model.put("roles", authentication.getRoles());
        if (authentication.getRoles().contains("PLANNER")) {
            model.put(
                    "decrees",
                    decrees.list(FIRST_PAGE).items().stream().map(DecreeRow::of).toList());
        }
        if (authentication.getRoles().contains("EVALUATOR")) {
            model.put("due", due(authentication.getName()));
            model.put("returned", rows(ReviewStatus.RETURNED));
            model.put("drafts", rows(ReviewStatus.DRAFT));
        }
        if (authentication.getRoles().contains("AUDITOR")) {
            model.put("awaiting", rows(ReviewStatus.SUBMITTED));
            model.put(
                    "units",
                    units.list(new PageRequest(0, PageRequest.MAX_SIZE)).items());
            model.put(
                    "closings",
                    audit
                            .search(
                                    new AuditQuery("unit-year", null, authentication.getName(), null, null, false),
                                    new PageRequest(0, 10))
                            .items()
                            .stream()
                            .filter(entry -> !entry.refused())
                            .map(entry -> new YearChangeRow(
                                    words.get(
                                            entry.after() != null
                                                            && entry.after().contains("\"closed\":false")
                                                    ? "closing.reopened"
                                                    : "closing.closed"),
                                    entry.entityId(),
                                    entry.reason(),
                                    IndonesianDate.format(entry.at()
                                            .atZone(java.time.ZoneId.of("Asia/Jakarta"))
                                            .toLocalDate())))
                            .toList());
        }
        return model;
    }

    /** This year's indicators of the evaluator's units that are not filled or not yet complete. */
    private List<DueRow> due(String username) {
        Year year = Year.of(java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta")))
                .getYear());
        List<DueRow> due = new java.util.ArrayList<>();
        for (OrganizationUnitId unit : assignments.unitsOf(username)) {
            UnitEvaluation evaluation = evaluate.ofUnit(unit, year, AttainmentCap.NONE, null);
            evaluation.objectives().stream()
                    .flatMap(objective -> objective.indicators().stream())
                    .filter(indicator -> !(indicator.year().value() instanceof YearlyValue.Known))
                    .forEach(indicator -> due.add(new DueRow(
                            indicator.indicator().id().value(),
                            indicator.indicator().definition().name(),
                            evaluation.unit().profile().name(),
                            year.value(),
                            indicator.year().value() instanceof YearlyValue.Missing
                                    ? words.get("state.notFilled")
                                    : words.get("state.incomplete") + " "
                                            + words.explain(
                                                    indicator.year().value().explanation()))));
        }
        return due;
    }

    private List<RealizationRow> rows(ReviewStatus status) {
        return realizations.withStatus(status, FIRST_PAGE).items().stream()
                .map(this::row)
                .toList();
    }

    private RealizationRow row(Realization realization) {
        String indicator = indicators
                .find(realization.indicatorId())
                .map(found -> found.definition().name())
                .orElse("—");
        String value = realization.value().amount() == null
                ? realization.value().text()
                : IndonesianNumber.format(realization.value().amount());
        String note = realization.lastReview().map(review -> review.reason()).orElse(null);
        return new RealizationRow(
                realization.id().value(),
                indicator,
                realization.year().value(),
                realization.period().name(),
                value,
                realization.status().name(),
                note);
    }
}
