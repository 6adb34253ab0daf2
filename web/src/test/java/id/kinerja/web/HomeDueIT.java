package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.evaluation.ClosingGaps.YearToClose;
import id.kinerja.domain.evaluation.ReadYearsToClose;
import id.kinerja.domain.indicator.Indicators.IndicatorLabel;
import id.kinerja.domain.indicator.ReadMissingTargets;
import id.kinerja.domain.organization.OrganizationUnits.UnitOutline;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.AccountGaps.AccountWithoutUnits;
import id.kinerja.domain.user.ReadAdministrationDue;
import id.kinerja.persistence.testing.StatementCounter;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Beranda says what is due, counted and paged, on both databases: accounts without units and units without an
 * evaluator (administrator), indicators without a target for the coming year (planner), past years whose
 * figures are all verified and still open (auditor). Other tests share the database, so each count is taken
 * before and after this test's own data; each list is walked page by page to its end (more than one page) and
 * must hold every row once, as many as its total; the page shows the same total, and what it costs in
 * statements does not grow with the rows.
 */
@MicronautTest
class HomeDueIT {
    private static final PageRequest FIRST = new PageRequest(0, 10);

    @Inject
    EmbeddedServer server;

    @Inject
    ReadAdministrationDue administration;

    @Inject
    ReadMissingTargets missingTargets;

    @Inject
    ReadYearsToClose yearsToClose;

    @Inject
    StatementCounter statements;

    private final Year thisYear =
            Year.of(LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear());

    private static String unique() {
        return Long.toHexString(System.nanoTime());
    }

    private static JsonNode created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }

    private String unit(ApiClient api, String planner, String parent) {
        return created(api.post(
                        "/api/v1/units",
                        planner,
                        "{\"parentId\":" + (parent == null ? "null" : "\"" + parent + "\"")
                                + ",\"name\":\"Bagian Beranda " + unique()
                                + "\",\"type\":\"BAGIAN\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"))
                .path("id")
                .asText();
    }

    /** A unit's draft decree with one objective in a plan period of these years; the objective's id. */
    private String objective(ApiClient api, String planner, String unit, int first, int last) {
        String period = created(api.post(
                        "/api/v1/plan-periods",
                        planner,
                        "{\"unitId\":\"" + unit + "\",\"kind\":\"RENSTRA\",\"firstYear\":" + first + ",\"lastYear\":"
                                + last + "}"))
                .path("id")
                .asText();
        String decree = created(api.post(
                        "/api/v1/decrees",
                        planner,
                        "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"" + unique() + "/BERANDA\","
                                + "\"title\":\"IKU\",\"issuingOfficial\":\"KEPALA\","
                                + "\"signatory\":{\"name\":\"A\",\"position\":\"KEPALA\"},"
                                + "\"decisions\":[\"IKU dalam Lampiran.\"],\"place\":\"Pontianak\"}"))
                .path("id")
                .asText();
        return created(api.post(
                        "/api/v1/decrees/" + decree + "/objectives",
                        planner,
                        "{\"planPeriodId\":\"" + period + "\",\"code\":\"1\",\"statement\":\"Meningkatkan layanan\"}"))
                .path("id")
                .asText();
    }

    private String indicator(ApiClient api, String planner, String objective, int targetYear) {
        return created(api.post(
                        "/api/v1/objectives/" + objective + "/indicators",
                        planner,
                        "{\"name\":\"Persentase layanan " + unique() + "\",\"kind\":\"NUMERIC\","
                                + "\"polarity\":\"HIGHER_IS_BETTER\",\"unitOfMeasure\":\"%\",\"frequency\":\"ANNUAL\","
                                + "\"targets\":[{\"year\":" + targetYear + ",\"value\":80}]}"))
                .path("id")
                .asText();
    }

    /** Every page of a list, walked to its end: each row once, as many as the total. */
    private static <T, K> List<K> walk(Function<PageRequest, Page<T>> list, Function<T, K> key) {
        List<K> keys = new ArrayList<>();
        Page<T> page = list.apply(new PageRequest(0, 10));
        long total = page.total();
        int number = 0;
        while (!page.items().isEmpty()) {
            assertThat(page.total()).isEqualTo(total);
            page.items().forEach(item -> keys.add(key.apply(item)));
            page = list.apply(new PageRequest(++number, 10));
        }
        assertThat(keys).hasSize((int) total).doesNotHaveDuplicates();
        return keys;
    }

    private static ApiClient.Answer page(ApiClient api, String token, String path) {
        return api.send("GET", path, null, null, null, Map.of("Cookie", "JWT=" + token, "Accept", "text/html"));
    }

    /** The total Beranda shows under a list: "12 seluruhnya" after the list's anchor. */
    private static long shownTotal(String html, String sectionId) {
        int start = html.indexOf("id=\"" + sectionId + "\"");
        assertThat(start).as(sectionId + " on the page").isNotNegative();
        Matcher total = Pattern.compile("([0-9.]+) seluruhnya").matcher(html.substring(start));
        assertThat(total.find()).as(sectionId + " shows its total").isTrue();
        return Long.parseLong(total.group(1).replace(".", ""));
    }

    @Test
    void theAdministratorSeesEveryAccountWithoutAUnitAndEveryUnitWithoutAnEvaluatorPageByPage() {
        ApiClient api = new ApiClient(server.getURI());
        String admin = api.adminToken();
        String planner = api.plannerForEveryUnit();
        long accountsBefore = administration.accountsWithoutUnits(FIRST).total();
        long unitsBefore = administration.unitsWithoutEvaluators(FIRST).total();
        long statementsBefore = statementsOfHome(api, admin);

        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            opened.add(api.newUser(i % 2 == 0 ? "EVALUATOR" : "PLANNER").username());
        }
        api.newUser("AUDITOR"); // an auditor works for every unit: never listed
        String root = unit(api, planner, null);
        List<String> units = new ArrayList<>(List.of(root));
        for (int i = 0; i < 11; i++) {
            units.add(unit(api, planner, root));
        }

        assertThat(administration.accountsWithoutUnits(FIRST).total()).isEqualTo(accountsBefore + 12);
        assertThat(administration.unitsWithoutEvaluators(FIRST).total()).isEqualTo(unitsBefore + 12);
        List<String> accounts = walk(administration::accountsWithoutUnits, AccountWithoutUnits::username);
        assertThat(accounts).containsAll(opened);
        List<String> unserved = walk(
                administration::unitsWithoutEvaluators,
                (UnitOutline unit) -> unit.id().value().toString());
        assertThat(unserved).containsAll(units);
        String html = page(api, admin, "/beranda").body();
        assertThat(shownTotal(html, "akun-tanpa-unit")).isEqualTo(accountsBefore + 12);
        assertThat(shownTotal(html, "unit-tanpa-evaluator")).isEqualTo(unitsBefore + 12);
        assertThat(page(api, admin, "/beranda?akun=1").body()).contains("rel=\"prev\"");
        assertThat(statementsOfHome(api, admin)).isEqualTo(statementsBefore);

        // an evaluator of the root serves the root and every unit under it, and has a unit now
        api.newUser("EVALUATOR", root);
        assertThat(administration.unitsWithoutEvaluators(FIRST).total()).isEqualTo(unitsBefore);
        assertThat(administration.accountsWithoutUnits(FIRST).total()).isEqualTo(accountsBefore + 12);
    }

    private long statementsOfHome(ApiClient api, String token) {
        page(api, token, "/beranda");
        long before = statements.executed();
        assertThat(page(api, token, "/beranda").status()).isEqualTo(200);
        return statements.executed() - before;
    }

    @Test
    void thePlannerSeesEveryIndicatorWithoutATargetForTheComingYear() {
        ApiClient api = new ApiClient(server.getURI());
        String planner = api.plannerForEveryUnit();
        Year coming = Year.of(thisYear.value() + 1);
        long before = missingTargets.of(coming, FIRST).total();
        long statementsBefore = statementsOfHome(api, planner);

        String unit = unit(api, planner, null);
        String objective = objective(api, planner, unit, thisYear.value(), coming.value() + 1);
        Set<String> withoutTarget = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            withoutTarget.add(indicator(api, planner, objective, thisYear.value()));
        }
        String targeted = indicator(api, planner, objective, coming.value());
        // a plan that ends before the coming year asks for no target in it
        indicator(api, planner, objective(api, planner, unit(api, planner, null), 2020, thisYear.value()), 2020);

        assertThat(missingTargets.of(coming, FIRST).total()).isEqualTo(before + 12);
        List<String> listed = walk(
                page -> missingTargets.of(coming, page),
                (IndicatorLabel label) -> label.id().value().toString());
        assertThat(listed).containsAll(withoutTarget).doesNotContain(targeted);
        assertThat(shownTotal(page(api, planner, "/beranda").body(), "target-belum-ada"))
                .isEqualTo(before + 12);
        assertThat(statementsOfHome(api, planner)).isEqualTo(statementsBefore);
    }

    @Test
    void theAuditorSeesEveryPastYearWhoseFiguresAreAllVerifiedUntilItIsClosed() {
        ApiClient api = new ApiClient(server.getURI());
        String planner = api.plannerForEveryUnit();
        String auditor = api.tokenForNewUser("AUDITOR");
        long before = yearsToClose.before(thisYear, FIRST).total();

        String first = unit(api, planner, null);
        String second = unit(api, planner, null);
        String evaluator = api.tokenForNewUser("EVALUATOR", first, second);
        String firstObjective = objective(api, planner, first, 2013, 2022);
        String firstIndicator = indicator(api, planner, firstObjective, 2013);
        String secondIndicator = indicator(api, planner, objective(api, planner, second, 2013, 2014), 2013);
        for (int year = 2013; year <= 2022; year++) {
            verified(api, evaluator, auditor, firstIndicator, year);
        }
        verified(api, evaluator, auditor, secondIndicator, 2013);
        verified(api, evaluator, auditor, secondIndicator, 2014);

        assertThat(yearsToClose.before(thisYear, FIRST).total()).isEqualTo(before + 12);
        List<String> ready = walk(
                page -> yearsToClose.before(thisYear, page),
                (YearToClose year) -> year.unitId().value() + "/" + year.year().value());
        assertThat(ready).contains(first + "/2013", first + "/2022", second + "/2013", second + "/2014");
        assertThat(shownTotal(page(api, auditor, "/beranda").body(), "siap-ditutup"))
                .isEqualTo(before + 12);

        // closed, it is done; a figure still in draft keeps its year open
        created(api.post("/api/v1/units/" + first + "/years/2013/close", auditor, "{\"reason\":\"selesai\"}"));
        created(api.post(
                "/api/v1/indicators/" + indicator(api, planner, firstObjective, 2013) + "/realizations",
                evaluator,
                "{\"year\":2014,\"period\":\"ANNUAL\",\"value\":\"80\"}"));
        assertThat(yearsToClose.before(thisYear, FIRST).total()).isEqualTo(before + 10);
        assertThat(walk(
                        page -> yearsToClose.before(thisYear, page),
                        (YearToClose year) ->
                                year.unitId().value() + "/" + year.year().value()))
                .doesNotContain(first + "/2013", first + "/2014")
                .contains(first + "/2015");
    }

    private static void verified(ApiClient api, String evaluator, String auditor, String indicator, int year) {
        String id = created(api.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":" + year + ",\"period\":\"ANNUAL\",\"value\":\"80\"}"))
                .path("id")
                .asText();
        created(api.post("/api/v1/realizations/" + id + "/submit", evaluator, "{\"version\":0}"));
        created(api.post("/api/v1/realizations/" + id + "/verify", auditor, "{\"version\":1}"));
    }
}
