package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.fixtures.Fixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole year with pages only, in Indonesian and in English (English in the H2 pass only: {@link TestPass}): the
 * planner drafts, revises, sets a target and
 * enacts the decree; the evaluator imports the survey, makes its IKM the realization, writes its narrative
 * (the survey link kept), attaches evidence and submits; the auditor returns it, the evaluator resubmits, the
 * auditor verifies and closes the year; everyone reads the unit's attainment. A second walk replaces an enacted
 * decree (the differences shown), revokes one and deletes a draft. Only the people, the unit and its plan period
 * come from the API (their pages are another part of the issue). A screenshot of each step is written under
 * target/screenshots/journey/{language}/.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholeYearJourneyIT {
    @Inject
    EmbeddedServer server;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private String language;
    private String walk;
    private int step;

    @BeforeAll
    void startChromium() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.browser();
        // tall enough that a step's screenshot shows its whole table, not only the top of the page
        browser.manage().window().setSize(new Dimension(1200, 1800));
    }

    @AfterAll
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The words a step checks, in the language of the walk. */
    private String says(String indonesian, String english) {
        return language.equals("en") ? english : indonesian;
    }

    private record Unit(String id, String name) {}

    private record People(ApiClient.Person planner, ApiClient.Person evaluator, ApiClient.Person auditor) {}

    /** A root unit (the administrator's to register, ADR 0020) with a plan period its planner added. */
    private Unit unitWithPlan(ApiClient api) {
        String name = "Biro Pelayanan " + Long.toHexString(System.nanoTime());
        String id = api.newRootUnit(name);
        ApiClient.Answer plan = api.post(
                "/api/v1/plan-periods",
                api.plannerOf(id),
                "{\"unitId\":\"" + id + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}");
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        return new Unit(id, name);
    }

    @ParameterizedTest
    @MethodSource("id.kinerja.web.TestPass#languages")
    void theWholeYearWithPagesOnly(String chosen) throws IOException {
        begin(chosen, "tahun");
        ApiClient api = new ApiClient(server.getURI());
        Unit unit = unitWithPlan(api);
        ApiClient.Person planner = api.newUser("PLANNER", unit.id());
        People people = new People(planner, api.newUser("EVALUATOR", unit.id()), api.newUser("AUDITOR"));
        String indicatorName = "Indeks Kepuasan Masyarakat " + Long.toHexString(System.nanoTime());

        // The planner drafts the decree, adds its objective and IKM, revises its words, sets a target, enacts it
        signIn(people.planner());
        String decreeNumber = "IKU/" + Long.toHexString(System.nanoTime());
        draftDecree(unit, decreeNumber, "Indikator Kinerja Utama " + unit.name());
        shot("perencana-konsep");
        fill("objectiveCode", "1");
        fill("statement", "Meningkatnya kepuasan masyarakat atas layanan");
        submit("tambah-sasaran");
        fill("indicatorCode", "1.1");
        fill("indicatorName", indicatorName);
        new Select(browser.findElement(By.id("kind"))).selectByValue("SATISFACTION_INDEX");
        fill("unitOfMeasure", "indeks");
        fill("dataSource", "Survei Kepuasan Masyarakat");
        fill("targetYear1", "2024");
        fill("targetValue1", "86");
        fill("targetCategory1", "Baik");
        submit("tambah-indikator");
        shot("perencana-indikator");
        String decreePage = browser.getCurrentUrl().replaceAll("#.*", "");
        String indicatorPage = browser.findElement(By.cssSelector("#dokumen a[href*='/indikator/']"))
                .getAttribute("href");

        // the indicator's definition revised on its own page while the decree is a draft (issue 12, item 2)
        browser.findElement(By.cssSelector("a[id^='ubah-indikator-']")).click();
        assertThat(browser.findElement(By.id("indicatorName")).getAttribute("value"))
                .isEqualTo(indicatorName);
        fill("definition", "Tingkat kepuasan masyarakat atas layanan biro menurut PermenPANRB 14/2017");
        shot("perencana-ubah-indikator");
        submit("simpan-indikator");
        assertThat(annex()).contains("menurut PermenPANRB 14/2017");

        // the objective's words revised on its own page while the decree is a draft (issue 12, item 2)
        browser.findElement(By.cssSelector("a[id^='ubah-sasaran-']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo(says("Ubah sasaran strategis", "Revise the strategic objective"));
        assertThat(browser.findElement(By.id("statement")).getAttribute("value"))
                .isEqualTo("Meningkatnya kepuasan masyarakat atas layanan");
        fill("statement", "Meningkatnya kepuasan masyarakat atas layanan " + unit.name());
        shot("perencana-ubah-sasaran");
        submit("simpan-sasaran");
        assertThat(annex()).contains("Meningkatnya kepuasan masyarakat atas layanan " + unit.name());

        browser.findElement(By.id("ubah-teks")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo(says("Ubah teks konsep keputusan", "Revise the draft decree"));
        assertThat(browser.findElement(By.id("number")).getAttribute("value")).isEqualTo(decreeNumber);
        fill("title", "Indikator Kinerja Utama " + unit.name() + " Tahun 2024–2026");
        shot("perencana-ubah-teks");
        submit("simpan-keputusan");
        assertThat(browser.findElement(By.id("dokumen")).getText()).contains("TAHUN 2024–2026");

        fill("targetYear", "2025");
        fill("targetValue", "87,5");
        fill("targetCategory", "Baik");
        submit("simpan-target");
        assertThat(annex()).contains("86 (Baik)").contains("87,5 (Baik)");
        fill("targetYear", "2024");
        fill("targetValue", "86,5");
        fill("targetCategory", "Baik");
        submit("simpan-target");
        assertThat(annex()).contains("86,5 (Baik)").doesNotContain("86 (Baik)");
        shot("perencana-target");

        fill("enactedOn", says("3 Januari 2024", "2024-01-03"));
        submit("tetapkan");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(says("Ditetapkan", "Enacted"));
        assertThat(present(By.id("penyusunan"))).isEmpty();
        shot("perencana-ditetapkan");
        signOut();

        // The evaluator: the survey, its IKM as the realization, the narrative (the source kept), evidence
        signIn(people.evaluator());
        browser.get(indicatorPage);
        submit("buat-survei-indikator");
        fill("year", "2024");
        submit("buat-survei");
        browser.findElement(By.id("file"))
                .sendKeys(Fixtures.golden("skm-seed-services-2024.csv").toString());
        submit("unggah-berkas");
        assertThat(browser.findElement(By.id("ikm")).getText()).isEqualTo(says("75,14", "75.14"));
        shot("evaluator-survei");
        submit("jadikan-realisasi");
        String realizationPage = browser.getCurrentUrl();
        assertThat(browser.findElement(By.id("nilai")).getText()).isEqualTo(says("75,14", "75.14"));
        assertThat(present(By.id("value"))).isEmpty();
        fill("supporting", "Petugas loket bertambah dua orang.");
        fill("inhibiting", "Antrean panjang pada bulan Maret.");
        fill("followUp", "Menambah loket daring.");
        submit("simpan-realisasi");
        assertThat(browser.findElement(By.id("sumber")).getText())
                .contains(says("survei", "survey"))
                .contains(says("hasil survei versi 1", "survey result version 1"));
        Path report = Files.createTempFile("laporan-skm-", ".pdf");
        Files.writeString(report, "%PDF-1.4 Laporan SKM 2024");
        browser.findElement(By.id("evidenceFile")).sendKeys(report.toString());
        submit("unggah-bukti");
        Files.delete(report);
        shot("evaluator-narasi-dan-bukti");
        submit("ajukan");
        assertThat(browser.findElement(By.id("status-realisasi")).getText()).isEqualTo(says("Diajukan", "Submitted"));
        signOut();

        // The auditor returns it with a reason; the evaluator corrects the narrative and submits again
        signIn(people.auditor());
        browser.get(realizationPage);
        fill("reason", "Lampirkan juga rencana tindak lanjut yang ditandatangani.");
        submit("kembalikan");
        assertThat(browser.findElement(By.id("status-realisasi")).getText())
                .isEqualTo(says("Dikembalikan", "Returned"));
        shot("auditor-mengembalikan");
        signOut();
        signIn(people.evaluator());
        browser.get(realizationPage);
        fill("followUp", "Menambah loket daring; rencana tindak lanjut ditandatangani Kepala Biro.");
        submit("simpan-realisasi");
        submit("ajukan");
        assertThat(browser.findElement(By.id("sumber")).getText())
                .contains(says("hasil survei versi 1", "survey result version 1"));
        shot("evaluator-mengajukan-lagi");
        signOut();

        // The auditor verifies and closes the year
        signIn(people.auditor());
        browser.get(realizationPage);
        submit("verifikasi");
        assertThat(browser.findElement(By.id("status-realisasi")).getText())
                .isEqualTo(says("Diverifikasi", "Verified"));
        browser.get(url("/beranda"));
        new Select(browser.findElement(By.id("closeUnit"))).selectByVisibleText(unit.name());
        fill("closeYear", "2024");
        fill("closeReason", "LKjIP 2024 final");
        submit("tutup");
        // closing lists what is still unfinished and asks to confirm: here nothing, every figure is verified
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo(says("Tutup tahun 2024: ", "Close 2024: ") + unit.name());
        assertThat(browser.findElement(By.id("semua-selesai")).getText())
                .contains(says("sudah diverifikasi", "is verified"));
        assertThat(present(By.id("belum-selesai"))).isEmpty();
        shot("auditor-konfirmasi-tutup");
        submit("konfirmasi-tutup");
        assertThat(browser.findElement(By.id("tahun-ditutup")).getText()).contains(unit.name() + " 2024");
        shot("auditor-menutup-tahun");

        // Everyone reads the unit's attainment
        readAttainment(unit, indicatorName, "auditor");
        signOut();
        signIn(people.planner());
        readAttainment(unit, indicatorName, "perencana");
        browser.get(decreePage);
        signOut();
        signIn(people.evaluator());
        readAttainment(unit, indicatorName, "evaluator");
        signOut();
        // the administrator reads it too, with no unit of their own (issue 12: everyone reads the attainment)
        signIn(api.newUser("ADMIN"));
        readAttainment(unit, indicatorName, "administrator");
        signOut();
    }

    private void readAttainment(Unit unit, String indicatorName, String who) {
        // the unit list is paged: the unit is found by its name, as a person would
        browser.get(
                url("/unit?cari=" + java.net.URLEncoder.encode(unit.name(), java.nio.charset.StandardCharsets.UTF_8)));
        browser.findElement(By.cssSelector("a[href='/unit/" + unit.id() + "/capaian']"))
                .click();
        browser.get(url("/unit/" + unit.id() + "/capaian?tahun=2024"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains(unit.name())
                .contains(indicatorName)
                // the page's numbers in the page's language (the category as the decree wrote it)
                .contains(says("86,5 (Baik)", "86.5 (Baik)"))
                .contains(says("75,14", "75.14"))
                .contains(says("86,87 %", "86.87 %"))
                .contains(says("Diverifikasi", "Verified"))
                .contains(says("Ditutup", "Closed"))
                .contains(says("hasil survei versi 1", "survey result version 1"))
                .contains(says("bukti dukung: 1", "evidence items: 1"));
        assertThat(browser.findElement(By.id("nilai-unit")).getText()).isEqualTo(says("86,87 %", "86.87 %"));
        if (language.equals("en")) {
            assertThat(page).doesNotContain("75,14").doesNotContain("86,87");
        }
        shot(who + "-capaian-unit");
    }

    @ParameterizedTest
    @MethodSource("id.kinerja.web.TestPass#languages")
    void aDecreeReplacedWithItsDifferencesOneRevokedAndADraftDeleted(String chosen) {
        begin(chosen, "keputusan");
        ApiClient api = new ApiClient(server.getURI());
        Unit unit = unitWithPlan(api);
        ApiClient.Person planner = api.newUser("PLANNER", unit.id());
        signIn(planner);
        String first = "IKU/" + Long.toHexString(System.nanoTime());
        draftDecree(unit, first, "Indikator Kinerja Utama");
        addIndicator("1", "Meningkatnya kepuasan masyarakat", "1.1", "Persentase layanan tepat waktu", "80");
        fill("enactedOn", "2024-01-03");
        submit("tetapkan");
        String earlier = browser.getCurrentUrl().replaceAll("#.*", "");

        // Replaced: a new draft starts from the enacted decree's words, then gets its own annex
        browser.findElement(By.id("ganti-keputusan")).click();
        assertThat(browser.findElement(By.id("mengganti")).getText()).contains(first);
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Indikator Kinerja Utama");
        String second = "IKU/" + Long.toHexString(System.nanoTime());
        fill("number", second);
        fill(
                "decisions",
                "Menetapkan IKU sebagaimana tercantum dalam Lampiran.\nKeputusan ini berlaku sejak ditetapkan.");
        shot("perencana-keputusan-pengganti");
        submit("simpan-keputusan");
        addIndicator("1", "Meningkatnya kepuasan masyarakat", "1.1", "Persentase layanan tepat waktu", "85");
        fill("indicatorCode", "1.2");
        fill("indicatorName", "Jumlah inovasi layanan");
        fill("targetYear1", "2024");
        fill("targetValue1", "3");
        submit("tambah-indikator");
        browser.findElement(By.id("lihat-perbedaan")).click();
        String differences = browser.findElement(By.id("perbedaan")).getText();
        assertThat(differences)
                .contains(says("Ditambahkan", "Added"))
                .contains("Keputusan ini berlaku sejak ditetapkan.")
                .contains(says("Diubah", "Changed"))
                .contains("1.1 · 2024")
                .doesNotContain("1.1.1")
                .contains("80")
                .contains("85")
                .contains("Jumlah inovasi layanan");
        shot("perbedaan-antarversi");
        browser.findElement(By.id("keputusan-baru")).click();
        fill("enactedOn", "2025-01-06");
        submit("tetapkan");
        browser.get(earlier);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(says("Diganti", "Superseded"));

        // Revoked: the replacing decree withdrawn with a date and a reason
        browser.findElement(By.linkText(second)).click();
        fill("revokedOn", "2025-06-30");
        fill("revocationReason", "Struktur organisasi berubah.");
        submit("cabut");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(says("Dicabut", "Revoked"));
        assertThat(browser.findElement(By.id("dicabut")).getText()).contains("Struktur organisasi berubah.");
        shot("keputusan-dicabut");

        // Deleted: a draft nobody needs, with its annex
        String third = "IKU/" + Long.toHexString(System.nanoTime());
        draftDecree(unit, third, "Konsep yang batal");
        addIndicator("1", "Sasaran", "1.1", "Indikator", "1");
        submit("hapus-konsep");
        assertThat(browser.getCurrentUrl()).endsWith("/keputusan");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain(third);
        signOut();
    }

    private void draftDecree(Unit unit, String number, String title) {
        browser.get(url("/keputusan/baru"));
        new Select(browser.findElement(By.id("unitId"))).selectByVisibleText(unit.name());
        fill("number", number);
        fill("title", title);
        fill("issuingOfficial", "Kepala Biro Pelayanan");
        fill("considerations", "bahwa untuk mengukur keberhasilan perlu ditetapkan IKU;");
        fill("legalBases", "Peraturan Menteri PANRB Nomor 53 Tahun 2014;");
        fill("decisions", "Menetapkan IKU sebagaimana tercantum dalam Lampiran.");
        fill("place", "Pontianak");
        fill("signatoryName", "SITI RAHMAH");
        fill("signatoryPosition", "KEPALA BIRO PELAYANAN,");
        submit("simpan-keputusan");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(says("Konsep", "Draft"));
    }

    private void addIndicator(String objective, String statement, String code, String name, String target2024) {
        fill("objectiveCode", objective);
        fill("statement", statement);
        submit("tambah-sasaran");
        fill("indicatorCode", code);
        fill("indicatorName", name);
        fill("unitOfMeasure", "%");
        fill("targetYear1", "2024");
        fill("targetValue1", target2024);
        submit("tambah-indikator");
    }

    private String annex() {
        return browser.findElement(By.cssSelector("table.annex")).getText();
    }

    private void begin(String chosen, String walkName) {
        language = chosen;
        walk = walkName;
        step = 0;
        browser.get(url("/bahasa/" + chosen + "?ke=/masuk"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(chosen);
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    /** A numbered screenshot of the step, so that the folder reads in the order of the year. */
    private void shot(String name) {
        step++;
        chromium.screenshot("journey/" + language + "/" + walk + "-" + String.format("%02d", step) + "-" + name);
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

    private void fill(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Submits a form and waits until the browser shows the page that answers it. */
    private void submit(String buttonId) {
        WebElement button = browser.findElement(By.id(buttonId));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20), HeadlessChromium.POLL).until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(browser, Duration.ofSeconds(20), HeadlessChromium.POLL)
                .until(driver ->
                        "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        assertThat(present(By.cssSelector("p.error")))
                .as("no refusal after " + buttonId + " on " + browser.getCurrentUrl())
                .allSatisfy(error -> assertThat(error.getText()).isEmpty());
    }

    /**
     * The elements on the page now, without the driver's implicit wait: looking for something that should not be
     * there would otherwise wait the whole implicit timeout on every step of the journey.
     */
    private List<WebElement> present(By what) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(what);
        } finally {
            browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
    }
}
