package id.kinerja.web.home;

import id.kinerja.domain.evaluation.CloseYear;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.evaluation.YearClosure;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.audit.Audited;
import id.kinerja.http.security.Roles;
import id.kinerja.http.security.SignedInUser;
import id.kinerja.web.page.FormSubmission;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Submitted;
import id.kinerja.web.page.UnitPicker;
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
import java.util.Collection;

/**
 * Beranda says what is due, per role, each list counted and paged: planners their decrees and the indicators
 * without a target for the coming year; evaluators what is still to fill this year for their units, what was
 * returned and their drafts; auditors what awaits verification and the past years ready to close; auditors
 * and administrators the form to close or reopen a year and the years closed; administrators the accounts
 * that work for no unit and the units no evaluator serves. Each line links to where the work is done.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardController {
    private final WorkSections sections;
    private final UnitPicker units;
    private final CloseYear closeYear;
    private final FormSubmission forms;
    private final Clock clock;

    DashboardController(
            WorkSections sections, UnitPicker units, CloseYear closeYear, FormSubmission forms, Clock clock) {
        this.sections = sections;
        this.units = units;
        this.closeYear = closeYear;
        this.forms = forms;
        this.clock = clock;
    }

    @Get("/beranda")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    public ModelAndView<DashboardView> dashboard(HttpRequest<?> request, Authentication authentication) {
        return page(request, authentication, null);
    }

    /**
     * An auditor or administrator closes (or, with a reason, reopens) a unit's year. A close not yet confirmed
     * changes nothing: the browser is sent to the page that lists what is unfinished in the year and asks to
     * confirm ({@link YearClosingController}) — unless the close would be refused anyway, which is said here.
     */
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
                    if (!typed.reopens() && !typed.confirmedAfterReading()) {
                        closeYear.requireClosable(typed.unit(), typed.closedYear(), typed.writtenReason());
                        return Submitted.goTo(YearClosingController.address(
                                typed.unit().value(), typed.closedYear().value(), typed.writtenReason()));
                    }
                    YearClosure changed = typed.reopens()
                            ? closeYear.reopen(
                                    typed.unit(), typed.closedYear(), authentication.getName(), typed.writtenReason())
                            : closeYear.close(
                                    typed.unit(), typed.closedYear(), authentication.getName(), typed.writtenReason());
                    Audited.Reason.attach(request, typed.writtenReason());
                    return Submitted.changed("/beranda#tutup-tahun", typed.unit() + "/" + typed.closedYear(), changed);
                },
                refusal -> page(request, authentication, refusal));
    }

    private ModelAndView<DashboardView> page(HttpRequest<?> request, Authentication authentication, Refusal refusal) {
        Collection<String> roles = authentication.getRoles();
        boolean planner = roles.contains(Roles.PLANNER);
        boolean evaluator = roles.contains(Roles.EVALUATOR);
        boolean auditor = roles.contains(Roles.AUDITOR);
        boolean admin = roles.contains(Roles.ADMIN);
        Year year = Year.of(LocalDate.now(clock.withZone(WorkSections.WIB)).getYear());
        Year coming = Year.of(year.value() + 1);
        return new ModelAndView<>(
                "dashboard",
                new DashboardView(
                        SignedInUser.displayName(authentication),
                        planner ? sections.decrees(request) : null,
                        planner ? sections.missingTargets(request, coming) : null,
                        String.valueOf(coming.value()),
                        evaluator ? sections.dueThisYear(request, authentication.getName(), year) : null,
                        evaluator
                                ? sections.withStatus(request, ReviewStatus.RETURNED, "kembali", "dikembalikan")
                                : null,
                        evaluator ? sections.withStatus(request, ReviewStatus.DRAFT, "konsep", "konsep") : null,
                        auditor
                                ? sections.withStatus(request, ReviewStatus.SUBMITTED, "tunggu", "menunggu-verifikasi")
                                : null,
                        auditor || admin ? sections.readyToClose(request, year) : null,
                        auditor || admin ? units.all() : null,
                        auditor || admin ? sections.closings(request) : null,
                        admin ? sections.accountsWithoutUnits(request) : null,
                        admin ? sections.unitsWithoutEvaluators(request) : null,
                        refusal));
    }
}
