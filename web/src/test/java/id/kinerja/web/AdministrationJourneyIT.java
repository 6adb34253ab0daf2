package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's year start with pages only, in Indonesian and in English, in a real browser: register a
 * unit with its tasks and functions under the bureau (a refused form keeps what was typed), add its plan period,
 * open a planner's and an evaluator's account and give each the unit, and the evaluator signs in. Each step is
 * a screenshot under target/screenshots/journey.
 *
 * <p>Registering units and plan periods is the planner's today (ADR 0013): the administrator here holds both
 * roles, as in an office where the planning administrator opens the year.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationJourneyIT {
    @Inject
    EmbeddedServer server;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private ApiClient.Person administrator;

    @BeforeAll
    void startChromiumAndOpenTheAdministrator() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
        ApiClient api = new ApiClient(server.getURI());
        String username = "admin-perencana-" + Long.toHexString(System.nanoTime());
        String password = "sandi-administrator-perencanaan";
        ApiClient.Answer opened = api.post(
                "/api/v1/users",
                api.adminToken(),
                "{\"username\":\"" + username + "\",\"displayName\":\"Rina Administrator\",\"password\":\"" + password
                        + "\",\"roles\":[\"ADMIN\",\"PLANNER\"]}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        administrator = new ApiClient.Person(username, password, null);
    }

    @AfterAll
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    private void shot(String language, int step, String what) {
        chromium.screenshot("journey/admin-" + language + "-" + String.format("%02d", step) + "-" + what);
    }

    /** Follows a link or sends a form, and waits until the next page has replaced this one. */
    private void go(By what) {
        HeadlessChromium.leaveBy(browser, browser.findElement(what));
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void signIn(String username, String password) {
        browser.get(url("/masuk"));
        type("username", username);
        type("password", password);
        go(By.id("kirim"));
        assertThat(browser.getCurrentUrl()).contains("/beranda");
    }

    private void signOut() {
        go(By.id("keluar"));
    }

    private String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    @ParameterizedTest
    @MethodSource("id.kinerja.web.TestPass#languages")
    void theAdministratorOpensTheYearWithPagesOnly(String language) {
        boolean english = language.equals("en");
        String tag = language + "-" + Long.toHexString(System.nanoTime());
        browser.get(url("/static/kinerja.css"));
        browser.manage().deleteAllCookies();
        browser.get(url("/masuk"));
        if (english) {
            go(By.id("bahasa"));
        }
        signIn(administrator.username(), administrator.password());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        int step = 1;
        shot(language, step++, "beranda");

        // a unit under the bureau; refused first for a name too long, the typed tasks and functions kept
        go(By.linkText(english ? "Units" : "Unit"));
        go(By.id("unit-baru"));
        assertThat(h1()).isEqualTo(english ? "Register a new unit" : "Daftarkan unit baru");
        Select parent = new Select(browser.findElement(By.id("parentId")));
        WebElement bureau = parent.getOptions().stream()
                .filter(option -> option.getText().contains("BIRO UMUM"))
                .findFirst()
                .orElseThrow();
        parent.selectByValue(bureau.getAttribute("value"));
        new Select(browser.findElement(By.id("type"))).selectByValue("SUBBAGIAN");
        type("tasks", "Melaksanakan urusan tata usaha Biro Umum.");
        type("functions", "penyusunan rencana kerja;\npengelolaan persuratan;\npelaporan.");
        type("name", "Subbagian ".repeat(60));
        go(By.id("simpan-unit"));
        assertThat(browser.findElement(By.id("galat-unit")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("functions")).getAttribute("value"))
                .contains("pengelolaan persuratan");
        shot(language, step++, "unit-ditolak");
        String unitName = "Subbagian Tata Usaha " + tag;
        type("name", unitName);
        shot(language, step++, "unit-diisi");
        go(By.id("simpan-unit"));
        assertThat(browser.getCurrentUrl()).contains("/unit?cari=");
        WebElement found = browser.findElement(By.id("pohon-unit"));
        assertThat(found.getText()).contains(unitName);
        found.findElement(By.tagName("summary")).click();
        assertThat(found.getText()).contains("b. pengelolaan persuratan;");
        String unitId = browser.findElement(By.cssSelector("a[id^='ubah-']"))
                .getAttribute("id")
                .substring("ubah-".length());
        shot(language, step++, "unit-terdaftar");

        // its plan period
        go(By.linkText(english ? "Plan periods" : "Periode rencana"));
        new Select(browser.findElement(By.id("unitId"))).selectByValue(unitId);
        new Select(browser.findElement(By.id("kind"))).selectByValue("RENSTRA");
        type("firstYear", "2025");
        type("lastYear", "2029");
        go(By.id("simpan-periode"));
        assertThat(browser.getCurrentUrl()).endsWith("/periode-rencana");
        assertThat(browser.findElement(By.id("daftar-periode")).getText()).contains("2025–2029");
        shot(language, step++, "periode-rencana");

        // a planner and an evaluator, each working for the new unit
        String evaluatorName = "evaluator-" + tag;
        String evaluatorPassword = "sandi-evaluator-tata-usaha";
        for (List<String> person : List.of(
                List.of("perencana-" + tag, "Budi Perencana", "rolePlanner", "sandi-perencana-tata-usaha"),
                List.of(evaluatorName, "Sari Evaluator", "roleEvaluator", evaluatorPassword))) {
            go(By.linkText(english ? "Users" : "Pengguna"));
            go(By.id("pengguna-baru"));
            type("username", person.get(0));
            type("displayName", person.get(1));
            browser.findElement(By.id(person.get(2))).click();
            type("password", person.get(3));
            shot(language, step++, "akun-" + person.get(2));
            go(By.id("simpan-pengguna"));
            assertThat(h1()).contains(person.get(1));
            new Select(browser.findElement(By.id("unitId"))).selectByValue(unitId);
            go(By.id("tambah-unit"));
            // the same address answers again: wait for the new page, not the one being left
            new WebDriverWait(browser, Duration.ofSeconds(15), HeadlessChromium.POLL)
                    .ignoring(StaleElementReferenceException.class)
                    .until(page ->
                            page.findElement(By.id("unit-pengguna")).getText().contains(unitName));
            shot(language, step++, "unit-" + person.get(2));
        }
        go(By.linkText(english ? "Users" : "Pengguna"));
        type("cari", tag);
        go(By.id("cari-pengguna"));
        new WebDriverWait(browser, Duration.ofSeconds(15), HeadlessChromium.POLL)
                .until(page -> page.getCurrentUrl().contains("cari="));
        assertThat(browser.findElement(By.id("daftar-pengguna")).getText())
                .contains("Budi Perencana", "Sari Evaluator", english ? "Planner" : "Perencana", "Evaluator");
        shot(language, step++, "daftar-pengguna");
        go(By.linkText(english ? "Home" : "Beranda"));
        WebElement withoutUnits = browser.findElement(By.id("akun-tanpa-unit"));
        assertThat(withoutUnits.getText()).doesNotContain(evaluatorName);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", withoutUnits);
        shot(language, step++, "beranda-setelahnya");
        signOut();

        // the evaluator signs in with the password the administrator set
        signIn(evaluatorName, evaluatorPassword);
        assertThat(browser.findElement(By.id("nama")).getText()).isEqualTo("Sari Evaluator");
        assertThat(browser.findElements(By.linkText(english ? "Users" : "Pengguna")))
                .isEmpty();
        shot(language, step, "evaluator-masuk");
        signOut();
    }
}
