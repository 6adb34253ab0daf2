package id.kinerja.web.home;

import id.kinerja.domain.decree.ReadDecrees;
import id.kinerja.domain.evaluation.ReadDueIndicators;
import id.kinerja.domain.evaluation.ReadWorkList;
import id.kinerja.domain.evaluation.ReadYearClosures;
import id.kinerja.domain.evaluation.ReadYearsToClose;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.indicator.ReadMissingTargets;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.ReadAdministrationDue;
import id.kinerja.web.decree.DecreeRow;
import id.kinerja.web.home.DashboardView.AccountRow;
import id.kinerja.web.home.DashboardView.ClosingRow;
import id.kinerja.web.home.DashboardView.DueRow;
import id.kinerja.web.home.DashboardView.IndicatorRow;
import id.kinerja.web.home.DashboardView.RealizationRow;
import id.kinerja.web.home.DashboardView.UnitRow;
import id.kinerja.web.home.DashboardView.YearRow;
import id.kinerja.web.page.Words;
import id.kinerja.web.page.WrittenValues;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * What is due, list by list, for Beranda: each list a page with its total, read by a query use case in a fixed
 * number of statements whatever the number of rows. The page of each list comes from its own parameter.
 */
@Singleton
class WorkSections {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final int PAGE_SIZE = 10;

    private final ReadDecrees decrees;
    private final ReadWorkList work;
    private final ReadDueIndicators due;
    private final ReadYearClosures closures;
    private final ReadYearsToClose readyYears;
    private final ReadMissingTargets missingTargets;
    private final ReadAdministrationDue administration;
    private final Words words;

    WorkSections(
            ReadDecrees decrees,
            ReadWorkList work,
            ReadDueIndicators due,
            ReadYearClosures closures,
            ReadYearsToClose readyYears,
            ReadMissingTargets missingTargets,
            ReadAdministrationDue administration,
            Words words) {
        this.decrees = decrees;
        this.work = work;
        this.due = due;
        this.closures = closures;
        this.readyYears = readyYears;
        this.missingTargets = missingTargets;
        this.administration = administration;
        this.words = words;
    }

    /** The page the address asks for in this list's parameter: absent, unreadable or negative is the first. */
    private static PageRequest page(HttpRequest<?> request, String parameter) {
        String written = request.getParameters().get(parameter);
        int number = written != null && written.matches("[0-9]{1,6}") ? Integer.parseInt(written) : 0;
        return new PageRequest(number, PAGE_SIZE);
    }

    Section<DecreeRow> decrees(HttpRequest<?> request) {
        return Section.of(
                decrees.list(page(request, "keputusan")),
                "keputusan",
                "keputusan",
                decree -> DecreeRow.of(decree, words));
    }

    /** Indicators whose plan covers the coming year and that have no target for it yet. */
    Section<IndicatorRow> missingTargets(HttpRequest<?> request, Year coming) {
        return Section.of(
                missingTargets.of(coming, page(request, "target")),
                "target",
                "target-belum-ada",
                label -> new IndicatorRow(label.id().value(), label.name(), label.unitName(), coming.value()));
    }

    Section<DueRow> dueThisYear(HttpRequest<?> request, String username, Year year) {
        return Section.of(
                due.of(username, year, page(request, "isi")),
                "isi",
                "jatuh-tempo",
                indicator -> new DueRow(
                        indicator.indicatorId().value(),
                        indicator.indicatorName(),
                        indicator.unitName(),
                        indicator.year().value(),
                        indicator.value() instanceof YearlyValue.Missing
                                ? words.get("state.notFilled")
                                : words.get("state.incomplete") + " "
                                        + words.explain(indicator.value().explanation())));
    }

    Section<RealizationRow> withStatus(HttpRequest<?> request, ReviewStatus status, String parameter, String anchor) {
        return Section.of(work.withStatus(status, page(request, parameter)), parameter, anchor, summary -> {
            Realization realization = summary.realization();
            return new RealizationRow(
                    realization.id().value(),
                    summary.indicatorName(),
                    summary.unitName(),
                    realization.year().value(),
                    words.label(realization.period()),
                    words.written(WrittenValues.shown(realization)),
                    realization.lastReview().map(review -> review.reason()).orElse(null));
        });
    }

    /** Past unit-years whose every figure is verified and that are still open. */
    Section<YearRow> readyToClose(HttpRequest<?> request, Year current) {
        return Section.of(
                readyYears.before(current, page(request, "tutup")),
                "tutup",
                "siap-ditutup",
                ready -> new YearRow(
                        ready.unitId().value(), ready.unitName(), ready.year().value(), ready.verified()));
    }

    Section<ClosingRow> closings(HttpRequest<?> request) {
        return Section.of(
                closures.recent(page(request, "riwayat")),
                "riwayat",
                "tahun-ditutup",
                closed -> new ClosingRow(
                        words.get(closed.closed() ? "closing.closed" : "closing.reopened"),
                        closed.unitName(),
                        closed.year().value(),
                        closed.reason(),
                        words.date(closed.changedAt().atZone(WIB).toLocalDate()),
                        closed.changedBy()));
    }

    Section<AccountRow> accountsWithoutUnits(HttpRequest<?> request) {
        return Section.of(
                administration.accountsWithoutUnits(page(request, "akun")),
                "akun",
                "akun-tanpa-unit",
                account -> new AccountRow(
                        account.id().value(),
                        account.displayName(),
                        account.username(),
                        account.roles().stream().sorted().map(words::label).collect(Collectors.joining(", "))));
    }

    Section<UnitRow> unitsWithoutEvaluators(HttpRequest<?> request) {
        return Section.of(
                administration.unitsWithoutEvaluators(page(request, "unit")),
                "unit",
                "unit-tanpa-evaluator",
                unit -> new UnitRow(unit.id().value(), unit.name()));
    }
}
