package id.kinerja.web.home;

import id.kinerja.domain.decree.ReadDecrees;
import id.kinerja.domain.evaluation.CloseYear;
import id.kinerja.domain.evaluation.ReadDueIndicators;
import id.kinerja.domain.evaluation.ReadWorkList;
import id.kinerja.domain.evaluation.ReadYearClosures;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.evaluation.YearClosure;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.decree.DecreeRow;
import id.kinerja.web.home.DashboardView.ClosingRow;
import id.kinerja.web.home.DashboardView.DueRow;
import id.kinerja.web.home.DashboardView.RealizationRow;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.UnitPicker;
import id.kinerja.web.page.Words;
import id.kinerja.web.page.WrittenValues;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * Beranda: planners see their decrees, evaluators what is due this year, their drafts and what was returned
 * to them, auditors what awaits verification, the form to close a year and the years closed. Each list is
 * its first page, read in a fixed number of statements however many rows there are.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardController {
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);

    private final ReadDecrees decrees;
    private final ReadWorkList work;
    private final ReadDueIndicators due;
    private final ReadYearClosures closures;
    private final UnitPicker units;
    private final CloseYear closeYear;
    private final FormSubmission forms;
    private final Clock clock;
    private final Words words;

    DashboardController(
            ReadDecrees decrees,
            ReadWorkList work,
            ReadDueIndicators due,
            ReadYearClosures closures,
            UnitPicker units,
            CloseYear closeYear,
            FormSubmission forms,
            Clock clock,
            Words words) {
        this.decrees = decrees;
        this.work = work;
        this.due = due;
        this.closures = closures;
        this.units = units;
        this.closeYear = closeYear;
        this.forms = forms;
        this.clock = clock;
        this.words = words;
    }

    @Get("/beranda")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<DashboardView> dashboard(Authentication authentication) {
        return page(authentication, null);
    }

    /** An auditor or administrator closes (or, with a reason, reopens) a unit's year. */
    @Post("/tahun")
    @Secured({Roles.AUDITOR, Roles.ADMIN})
    @Audited(entity = "unit-year")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> closeOrReopenYear(
            HttpRequest<?> request, @Body YearClosingForm form, Authentication authentication) {
        return forms.submit(
                request,
                "tahun",
                form,
                typed -> {
                    YearClosure changed = typed.reopens()
                            ? closeYear.reopen(
                                    typed.unit(), typed.closedYear(), authentication.getName(), typed.writtenReason())
                            : closeYear.close(
                                    typed.unit(), typed.closedYear(), authentication.getName(), typed.writtenReason());
                    Audited.Reason.attach(request, typed.writtenReason());
                    return Submitted.changed("/beranda#tutup-tahun", typed.unit() + "/" + typed.closedYear(), changed);
                },
                refusal -> page(authentication, refusal));
    }

    private ModelAndView<DashboardView> page(Authentication authentication, Refusal refusal) {
        Collection<String> roles = authentication.getRoles();
        boolean planner = roles.contains(Roles.PLANNER);
        boolean evaluator = roles.contains(Roles.EVALUATOR);
        boolean auditor = roles.contains(Roles.AUDITOR) || roles.contains(Roles.ADMIN);
        return new ModelAndView<>(
                "dashboard",
                new DashboardView(
                        SignedInUser.displayName(authentication),
                        planner
                                ? decrees.list(FIRST_PAGE).items().stream()
                                        .map(decree -> DecreeRow.of(decree, words))
                                        .toList()
                                : null,
                        evaluator ? dueThisYear(authentication.getName()) : null,
                        evaluator ? rows(ReviewStatus.RETURNED) : null,
                        evaluator ? rows(ReviewStatus.DRAFT) : null,
                        roles.contains(Roles.AUDITOR) ? rows(ReviewStatus.SUBMITTED) : null,
                        auditor ? units.all() : null,
                        auditor ? closings() : null,
                        refusal));
    }

    private List<DueRow> dueThisYear(String username) {
        Year year = Year.of(LocalDate.now(clock.withZone(WIB)).getYear());
        return due.of(username, year, FIRST_PAGE).items().stream()
                .map(indicator -> new DueRow(
                        indicator.indicatorId().value(),
                        indicator.indicatorName(),
                        indicator.unitName(),
                        indicator.year().value(),
                        indicator.value() instanceof YearlyValue.Missing
                                ? words.get("state.notFilled")
                                : words.get("state.incomplete") + " "
                                        + words.explain(indicator.value().explanation())))
                .toList();
    }

    private List<RealizationRow> rows(ReviewStatus status) {
        return work.withStatus(status, FIRST_PAGE).items().stream()
                .map(summary -> {
                    Realization realization = summary.realization();
                    return new RealizationRow(
                            realization.id().value(),
                            summary.indicatorName(),
                            summary.unitName(),
                            realization.year().value(),
                            words.label(realization.period()),
                            words.written(WrittenValues.shown(realization)),
                            realization
                                    .lastReview()
                                    .map(review -> review.reason())
                                    .orElse(null));
                })
                .toList();
    }

    private List<ClosingRow> closings() {
        return closures.recent(new PageRequest(0, 10)).items().stream()
                .map(closed -> new ClosingRow(
                        words.get(closed.closed() ? "closing.closed" : "closing.reopened"),
                        closed.unitName(),
                        closed.year().value(),
                        closed.reason(),
                        words.date(closed.changedAt().atZone(WIB).toLocalDate()),
                        closed.changedBy()))
                .toList();
    }
}
