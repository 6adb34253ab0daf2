package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.fixtures.Fixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser against the running application: the front page in Indonesian, signing in with the form
 * (a SameSite cookie; a real browser passes the cross-site guard), each role's first page, a refused password, signing out. Needs Debian's
 * chromium and chromium-driver; CI installs them and sets {@code KINERJA_BROWSER_REQUIRED=true}, so that
 * there a missing browser fails instead of skipping. Key pages are saved as screenshots under target/screenshots.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyIT {
    @Inject
    EmbeddedServer server;

    private HeadlessChromium chromium;
    private WebDriver browser;

    @BeforeAll
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
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

    private void screenshot(String name) {
        chromium.screenshot(name);
    }

    private void signIn(ApiClient.Person person) {
        browser.get(url("/masuk"));
        browser.findElement(By.id("username")).sendKeys(person.username());
        browser.findElement(By.id("password")).sendKeys(person.password());
        submit("kirim");
        assertThat(browser.getCurrentUrl()).contains("/beranda");
    }

    private void signOut() {
        submit("keluar");
        assertThat(browser.findElements(By.id("masuk"))).hasSize(1);
    }

    @Test
    void theFrontPageExplainsKinerjaInIndonesianAndLeadsToSignIn() throws IOException {
        browser.get(url("/"));

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("akuntabilitas kinerja");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Survei Kepuasan Masyarakat");
        screenshot("beranda-publik");
        browser.findElement(By.id("masuk")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/masuk");
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText())
                .isEqualTo("Nama pengguna");
    }

    @Test
    void indonesianByDefaultWithASwitchToEnglishAndBack() {
        browser.get(url("/masuk"));
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText())
                .isEqualTo("Kata sandi");

        browser.findElement(By.id("bahasa")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/masuk");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText())
                .isEqualTo("Password");
        browser.get(url("/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("performance accountability");
        signIn(new ApiClient(server.getURI()).newUser("PLANNER"));
        browser.get(url("/keputusan"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Decrees setting the IKU");
        signOut();

        browser.findElement(By.id("bahasa")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("akuntabilitas kinerja");
    }

    @Test
    void aWrongPasswordIsExplainedOnTheForm() {
        browser.get(url("/masuk"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("bukan-sandinya-sama-sekali");
        browser.findElement(By.id("kirim")).click();

        assertThat(browser.findElement(By.id("gagal")).getText()).contains("kata sandi salah");
        assertThat(browser.getCurrentUrl()).contains("/masuk");
    }

    @Test
    void theAuditorSeesWhatAwaitsReviewAndThePlannerTheDecrees() throws IOException {
        ApiClient api = new ApiClient(server.getURI());
        JsonNode decree = api.seedDecree(api.adminToken());
        String indicator = api.firstIndicatorOf(decree, api.adminToken());
        String evaluator =
                api.tokenForNewUser("EVALUATOR", decree.path("issuingUnitId").asText());
        ApiClient.Answer recorded = api.post(
                "/api/v1/indicators/" + indicator + "/realizations",
                evaluator,
                "{\"year\":2026,\"period\":\"ANNUAL\",\"value\":\"87,25\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/realizations/"
                                        + recorded.json().path("id").asText() + "/submit",
                                evaluator,
                                "{\"version\":0}")
                        .status())
                .isEqualTo(200);

        signIn(api.newUser("AUDITOR"));
        String awaiting = browser.findElement(By.id("menunggu-verifikasi")).getText();
        assertThat(awaiting)
                .contains("Indeks Kepuasan Masyarakat")
                .contains("2026")
                .contains("87,25");
        screenshot("auditor-beranda");
        signOut();

        signIn(api.newUser("PLANNER"));
        assertThat(browser.findElement(By.id("keputusan")).getText())
                .contains("017.1/RO-UM/2024")
                .contains("3 Januari 2024");
        screenshot("perencana-beranda");
        signOut();
        browser.get(url("/beranda"));
        assertThat(browser.getCurrentUrl()).contains("/masuk");
    }

    /** Submits a form and waits until the browser shows the page that answers it. */
    private void submit(String buttonId) {
        org.openqa.selenium.WebElement button = browser.findElement(By.id(buttonId));
        button.click();
        // the old page is gone once its button is: stale, or (mid-navigation) no longer in any document
        new WebDriverWait(browser, Duration.ofSeconds(20), HeadlessChromium.POLL).until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(browser, Duration.ofSeconds(20), HeadlessChromium.POLL)
                .until(driver -> "complete"
                        .equals(((org.openqa.selenium.JavascriptExecutor) driver)
                                .executeScript("return document.readyState")));
        assertThat(browser.findElements(By.tagName("main")))
                .as("a page after " + buttonId + ": " + browser.getCurrentUrl() + " " + browser.getPageSource())
                .isNotEmpty();
    }

    private void fill(String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }

    private void choose(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    @Test
    void thePlannerDraftsAndEnactsADecreeWithAnObjectiveAnIndicatorAndTwoTargets() throws IOException {
        ApiClient api = new ApiClient(server.getURI());
        String unitName = "Biro Organisasi " + Long.toHexString(System.nanoTime());
        String unit = api.newRootUnit(unitName);
        ApiClient.Person planner = api.newUser("PLANNER", unit);
        assertThat(api.post(
                                "/api/v1/plan-periods",
                                planner.token(),
                                "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}")
                        .status())
                .isEqualTo(201);
        String number = "100.3/" + Long.toHexString(System.nanoTime()) + "/ORG";

        signIn(planner);
        browser.get(url("/keputusan/baru"));
        choose("unitId", unitName);
        fill("number", number);
        fill("title", "Indikator Kinerja Utama Biro Organisasi Tahun 2024–2026");
        fill("issuingOfficial", "Kepala Biro Organisasi");
        fill("considerations", "bahwa untuk mengukur keberhasilan perlu ditetapkan IKU;");
        fill("legalBases", "Peraturan Menteri PANRB Nomor 53 Tahun 2014;");
        fill("decisions", "Menetapkan Indikator Kinerja Utama sebagaimana tercantum dalam Lampiran.");
        fill("place", "Pontianak");
        fill("signatoryName", "SITI RAHMAH");
        fill("signatoryPosition", "KEPALA BIRO ORGANISASI,");
        submit("simpan-keputusan");

        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Konsep");
        // the page a saved form leads to says so, once: a reload does not say it again
        assertThat(browser.findElement(By.id("perubahan-tersimpan")).getText()).isEqualTo("Perubahan tersimpan.");
        browser.navigate().refresh();
        assertThat(browser.findElements(By.id("perubahan-tersimpan"))).isEmpty();
        fill("objectiveCode", "1");
        fill("statement", "Meningkatnya kualitas tata kelola organisasi");
        submit("tambah-sasaran");

        fill("indicatorCode", "1.1");
        fill("indicatorName", "Indeks Reformasi Birokrasi");
        fill("unitOfMeasure", "indeks");
        fill("dataSource", "Laporan evaluasi RB");
        fill("targetYear1", "2024");
        fill("targetValue1", "70,5");
        fill("targetYear2", "2025");
        fill("targetValue2", "1.500");
        submit("tambah-indikator");
        assertThat(browser.findElements(By.id("lampiran")))
                .as(browser.getPageSource())
                .hasSize(1);
        String annex = browser.findElement(By.id("lampiran"))
                .findElement(By.xpath(".."))
                .getText();
        assertThat(annex)
                .contains("Indeks Reformasi Birokrasi")
                .contains("70,5")
                .contains("1.500");

        fill("enactedOn", "3 Januari 2024");
        submit("tetapkan");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Ditetapkan");
        assertThat(browser.findElement(By.id("tanggal")).getText()).isEqualTo("3 Januari 2024");
        assertThat(browser.findElement(By.id("dokumen")).getText())
                .contains("Menimbang")
                .contains("Mengingat")
                .contains("MEMUTUSKAN")
                .contains("KESATU")
                .contains("SITI RAHMAH");
        screenshot("perencana-keputusan");

        // The targets were stored exactly as the planner meant them
        JsonNode decree = StreamSupport.stream(
                        api.get("/api/v1/decrees?size=200", planner.token())
                                .json()
                                .path("items")
                                .spliterator(),
                        false)
                .filter(d -> d.path("number").asText().equals(number))
                .findFirst()
                .orElseThrow();
        JsonNode row = api.get("/api/v1/decrees/" + decree.path("id").asText() + "/annex", planner.token())
                .json()
                .path("rows")
                .get(0);
        assertThat(row.toString()).contains("70.5").contains("1500");
        signOut();
    }

    /** An enacted decree of a new unit with one satisfaction-index indicator, its 2024 target 86 (Baik). */
    private record IndexUnit(String unitId, String unitName, String indicatorId, String indicatorName) {}

    private IndexUnit enactedIndexUnit(ApiClient api) {
        String suffix = Long.toHexString(System.nanoTime());
        String unitName = "Biro Pelayanan " + suffix;
        String unit = api.newRootUnit(unitName);
        String planner = api.plannerOf(unit);
        String period = api.post(
                        "/api/v1/plan-periods",
                        planner,
                        "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}")
                .json()
                .path("id")
                .asText();
        JsonNode decree = api.post(
                        "/api/v1/decrees",
                        planner,
                        "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"IKU/" + suffix + "\",\"title\":\"IKU\","
                                + "\"issuingOfficial\":\"Kepala Biro\",\"signatory\":{\"name\":\"Kepala\",\"position\":\"KEPALA,\"},"
                                + "\"considerations\":[\"Bahwa\"],\"legalBases\":[\"UU\"],\"decisions\":[\"IKU\"],\"place\":\"Pontianak\"}")
                .json();
        String objective = api.post(
                        "/api/v1/decrees/" + decree.path("id").asText() + "/objectives",
                        planner,
                        "{\"planPeriodId\":\"" + period + "\",\"code\":\"1\",\"statement\":\"Meningkatnya kepuasan\"}")
                .json()
                .path("id")
                .asText();
        String indicatorName = "IKM Layanan " + suffix;
        String indicator = api.post(
                        "/api/v1/objectives/" + objective + "/indicators",
                        planner,
                        "{\"code\":\"1.1\",\"name\":\"" + indicatorName + "\",\"unitOfMeasure\":\"indeks\","
                                + "\"kind\":\"SATISFACTION_INDEX\",\"polarity\":\"HIGHER_IS_BETTER\",\"frequency\":\"ANNUAL\","
                                + "\"targets\":[{\"year\":2024,\"value\":86,\"category\":\"Baik\"},"
                                + "{\"year\":2025,\"value\":87.50,\"category\":\"Baik\"}]}")
                .json()
                .path("id")
                .asText();
        ApiClient.Answer enacted = api.post(
                "/api/v1/decrees/" + decree.path("id").asText() + "/enact",
                planner,
                "{\"version\":0,\"enactedOn\":\"2024-01-03\"}");
        assertThat(enacted.status()).as(enacted.body()).isEqualTo(200);
        return new IndexUnit(unit, unitName, indicator, indicatorName);
    }

    @Test
    void theEvaluatorImportsTheGoldenSurveyAndSubmitsAndTheAuditorVerifiesAndClosesTheYear() throws IOException {
        ApiClient api = new ApiClient(server.getURI());
        IndexUnit unit = enactedIndexUnit(api);
        Path golden = Fixtures.golden("skm-seed-services-2024.csv");
        Path broken = Files.createTempFile("skm-rusak-", ".csv");
        Files.writeString(
                broken,
                "layanan;responden;U1;U2;U3;U4;U5;U6;U7;U8;U9\nPelayanan Umum;R1;4;3;3;3;3;3;3;3;3\n"
                        + "Pelayanan Umum;R2;5;3;3;3;3;3;3;3;3\n");

        // The evaluator: a survey for the indicator, a refused file explained, the golden file, the realization
        signIn(api.newUser("EVALUATOR", unit.unitId()));
        // the plan runs 2024–2026: within it, this year's value of the unit's indicator is due
        boolean inPlan = java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue() <= 2026;
        assertThat(browser.findElement(By.id("jatuh-tempo")).getText().contains(unit.indicatorName()))
                .isEqualTo(inPlan);
        browser.get(url("/indikator/" + unit.indicatorId()));
        submit("buat-survei-indikator");
        fill("year", "2024");
        submit("buat-survei");
        browser.findElement(By.id("file")).sendKeys(broken.toString());
        submit("unggah-berkas");
        String errors = browser.findElement(By.id("baris-salah")).getText();
        assertThat(errors).contains("3").contains("U1").contains("bukan jawaban 1 sampai 4");
        screenshot("evaluator-berkas-ditolak");
        browser.findElement(By.id("file")).sendKeys(golden.toString());
        submit("unggah-berkas");
        assertThat(browser.findElement(By.id("ikm")).getText()).isEqualTo("75,14");
        assertThat(browser.findElements(By.cssSelector("#grafik-layanan rect"))).hasSize(4);
        assertThat(browser.findElement(By.id("profil")).getText()).contains("Jenis kelamin");
        screenshot("evaluator-hasil-survei");
        submit("jadikan-realisasi");
        assertThat(browser.findElement(By.id("nilai")).getText()).isEqualTo("75,14");
        Path report = Files.createTempFile("laporan-skm-", ".pdf");
        Files.writeString(report, "%PDF-1.4 Laporan SKM 2024");
        browser.findElement(By.id("evidenceFile"))
                .sendKeys(report.toAbsolutePath().normalize().toString());
        submit("unggah-bukti");
        assertThat(browser.findElement(By.id("bukti")).getText())
                .contains(report.getFileName().toString())
                .contains("SHA-256");
        Files.delete(report);
        submit("ajukan");
        assertThat(browser.findElement(By.id("status-realisasi")).getText()).isEqualTo("Diajukan");
        signOut();

        // The auditor: the queue, verification, the year closed
        signIn(api.newUser("AUDITOR"));
        browser.findElement(By.id("menunggu-verifikasi"))
                .findElement(By.linkText(unit.indicatorName()))
                .click();
        submit("verifikasi");
        assertThat(browser.findElement(By.id("status-realisasi")).getText()).isEqualTo("Diverifikasi");
        browser.get(url("/beranda"));
        choose("closeUnit", unit.unitName());
        fill("closeYear", "2024");
        fill("closeReason", "LKjIP 2024 final");
        submit("tutup");
        // closing asks first, listing what is unfinished: here nothing, every figure is verified
        assertThat(browser.findElement(By.id("semua-selesai")).getText()).contains("diverifikasi");
        submit("konfirmasi-tutup");
        assertThat(browser.findElement(By.id("tahun-ditutup")).getText())
                .contains("Ditutup")
                .contains(unit.unitName() + " 2024")
                .contains("LKjIP 2024 final");

        // The year is closed: the indicator page no longer offers 2024 for a new value
        signOut();
        signIn(api.newUser("EVALUATOR", unit.unitId()));
        browser.get(url("/indikator/" + unit.indicatorId()));
        choose("realizationYear", "2025");
        fill("realizationValue", "88,5");
        submit("catat-realisasi");
        assertThat(browser.findElement(By.id("nilai")).getText()).isEqualTo("88,5");
        assertThat(browser.findElement(By.id("status-realisasi")).getText()).isEqualTo("Konsep");
        // a closed year is not offered at all: the form offers only what will not be refused
        browser.get(url("/indikator/" + unit.indicatorId()));
        assertThat(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("realizationYear")))
                        .getOptions().stream()
                                .map(org.openqa.selenium.WebElement::getText)
                                .toList())
                .contains("2025")
                .doesNotContain("2024");
        signOut();
        signIn(api.newUser("AUDITOR"));

        // The indicator page: the attainment, its rating and the promised category checked apart
        browser.get(url("/indikator/" + unit.indicatorId()));
        String year2024 = browser.findElement(By.id("tahun-2024")).getText();
        assertThat(year2024)
                .contains("86 (Baik)")
                .contains("75,14")
                .contains("87,37 %")
                .contains("Tinggi")
                .contains("bermutu Kurang Baik menurut PermenPANRB 14/2017; target menjanjikan Baik: tidak tercapai");
        assertThat(browser.findElement(By.id("tahun-2025")).getText()).contains("Tahunan: 88,5 (Konsep)");
        assertThat(browser.findElement(By.id("tahun-2026")).getText()).contains("Tidak berlaku");
        assertThat(browser.findElements(By.cssSelector("#grafik rect"))).hasSize(6);
        screenshot("auditor-indikator");

        // The trail shows the page's changes with who made them, and the tree shows the unit
        browser.get(url("/jejak-audit?entityType=unit-year&entityId=" + unit.unitId() + "/2024"));
        assertThat(browser.findElement(By.id("catatan-audit")).getText())
                .contains("menutup atau membuka kembali tahun")
                .doesNotContain("POST /tahun")
                .contains("LKjIP 2024 final");
        browser.get(url("/jejak-audit?entityType=realization"));
        // the trail in words: what was done, by whom by name, not the HTTP request
        assertThat(browser.findElement(By.id("catatan-audit")).getText())
                .contains("memverifikasi realisasi")
                .doesNotContain("/verifikasi");
        screenshot("auditor-jejak-audit");
        browser.get(url("/unit"));
        assertThat(browser.findElement(By.id("pohon-unit")).getText()).contains(unit.unitName());
        signOut();
        assertThat(api.get("/api/v1/units/" + unit.unitId() + "/years/2024", api.adminToken())
                        .json()
                        .path("closed")
                        .asBoolean())
                .isTrue();
        Files.delete(broken);
    }
}
