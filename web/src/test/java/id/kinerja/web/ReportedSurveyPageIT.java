package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The evaluator's page for a survey result entered from a report (issue 14, item 3), in a real browser in both
 * languages: the nine NRR fields, the rounding, the printed IKM and the report file; a mismatch shown beside the
 * form as typed; the stored result marked as reported with the printed, exact and difference figures.
 * Screenshots in {@code web/target/screenshots/reported}; every page passes the page checks (axe, no raw code).
 */
@MicronautTest
class ReportedSurveyPageIT {
    @Inject
    EmbeddedServer server;

    @Test
    void anEvaluatorEntersTheNrrsOfAReportAndSeesItReproducedBesideTheExactFigure() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        String unit = api.newRootUnit("Biro Halaman Laporan " + Long.toHexString(System.nanoTime()));
        String evaluator = api.tokenForNewUser("EVALUATOR", unit);
        Path report = Files.createTempFile("laporan-skm-", ".pdf");
        Files.write(report, ReportedSurveyResultIT.REPORT);
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.browser();
            for (String language : new String[] {"id", "en"}) {
                String survey = api.post(
                                "/api/v1/surveys",
                                evaluator,
                                "{\"unitId\":\"" + unit + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\","
                                        + "\"services\":[\"Layanan A\"]}")
                        .json()
                        .path("id")
                        .asText();
                browser.get(server.getURI().resolve("/static/kinerja.css").toString());
                browser.manage().deleteAllCookies();
                browser.manage().addCookie(new Cookie("JWT", evaluator, "/"));
                browser.manage().addCookie(new Cookie("bahasa", language, "/"));
                browser.get(server.getURI().resolve("/survei/" + survey).toString());
                browser.findElement(By.id("isi-dari-laporan")).click();
                browser.findElement(By.id("reportTitle")).sendKeys("Laporan Hasil SKM 2024");
                new Select(browser.findElement(By.id("rounding"))).selectByValue("ELEMENT_MEANS_AND_INDEX_2DP");
                int[] sums = ReportedSurveyResultIT.ANSWER_SUMS;
                String decimalMark = ","; // read the Indonesian way on every page (ADR 0015)
                for (int i = 0; i < sums.length; i++) {
                    String nrr = java.math.BigDecimal.valueOf(sums[i])
                            .divide(java.math.BigDecimal.valueOf(200))
                            .setScale(3, java.math.RoundingMode.UNNECESSARY)
                            .toPlainString()
                            .replace(".", decimalMark);
                    browser.findElement(By.id("U" + (i + 1))).sendKeys(nrr);
                }
                browser.findElement(By.id("printedIndex")).sendKeys("92,11");
                browser.findElement(By.id("respondents")).sendKeys("200");
                browser.findElement(By.id("file")).sendKeys(report.toString());
                browser.findElement(By.id("simpan-dilaporkan")).click();
                assertThat(browser.findElement(By.id("galat-dilaporkan")).getText())
                        .contains(language.equals("id") ? "92,25" : "92.25");
                assertThat(browser.findElement(By.id("U1")).getAttribute("value"))
                        .isEqualTo("3,685");
                chromium.screenshot("reported/laporan-galat-" + language);

                browser.findElement(By.id("printedIndex")).clear();
                browser.findElement(By.id("printedIndex")).sendKeys("92,25");
                browser.findElement(By.id("file")).sendKeys(report.toString());
                browser.findElement(By.id("simpan-dilaporkan")).click();
                assertThat(browser.findElement(By.id("tanda-dilaporkan")).getText())
                        .isNotBlank();
                assertThat(browser.findElement(By.id("ikm-dilaporkan")).getText())
                        .isEqualTo(language.equals("id") ? "92,25" : "92.25");
                assertThat(browser.findElement(By.id("ikm-eksak")).getText())
                        .isEqualTo(language.equals("id") ? "92,11" : "92.11");
                assertThat(browser.findElement(By.id("selisih")).getText())
                        .isEqualTo(language.equals("id") ? "0,14" : "0.14");
                for (String field : new String[] {"reportTitle", "rounding", "U1", "U9", "printedIndex", "file"}) {
                    assertThat(browser.findElements(By.cssSelector("label[for='" + field + "']")))
                            .as("label of " + field)
                            .hasSize(1);
                }
                chromium.screenshot("reported/laporan-" + language);
                browser.get(server.getURI().resolve("/survei/" + survey).toString());
                assertThat(browser.findElement(By.id("tanda-dilaporkan")).getText())
                        .isNotBlank();
                chromium.screenshot("reported/survei-" + language);
            }
        } finally {
            Files.deleteIfExists(report);
        }
    }
}
