package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Realizations in bulk (issue 14, item 2), over real HTTP on a fresh unit with an enacted IKU: the template the unit's
 * evaluator downloads, filled in as people write (`1.500`, `3,75`, `85%`, `N/A`), previewed with its doubts, and
 * committed into draft realizations that carry exactly those values, the import as their source and the file as
 * their evidence; a sheet with one bad cell writes nothing and names its row and column; who may do it; a closed
 * year; and the pages in a real browser.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealizationImportIT {
    private static final String PERCENT = "Persentase layanan tepat waktu";
    private static final String DOCUMENTS = "Jumlah dokumen yang diterbitkan";
    private static final String INDEX = "Indeks kepuasan internal";
    private static final String RATIO = "Rasio temuan berulang";
    private static final String SUBMITTED = "Persentase pengaduan ditangani";

    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String unit;
    private String evaluator;
    private String auditor;
    private final Map<String, String> indicators = new LinkedHashMap<>();

    @BeforeAll
    void aUnitWithAnEnactedIkuOfFiveIndicators() {
        api = new ApiClient(server.getURI());
        String unique = Long.toHexString(System.nanoTime());
        unit = api.newRootUnit("Biro Impor Realisasi " + unique);
        String planner = api.plannerOf(unit);
        String period = ok(api.post(
                        "/api/v1/plan-periods",
                        planner,
                        "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"))
                .path("id")
                .asText();
        String decree = ok(api.post(
                        "/api/v1/decrees",
                        planner,
                        "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"" + unique + "/IR/2024\","
                                + "\"title\":\"INDIKATOR KINERJA UTAMA\",\"issuingOfficial\":\"KEPALA BIRO\","
                                + "\"signatory\":{\"name\":\"A\",\"position\":\"KEPALA BIRO\"},"
                                + "\"decisions\":[\"IKU sebagaimana tercantum dalam Lampiran.\"],"
                                + "\"place\":\"Pontianak\"}"))
                .path("id")
                .asText();
        String objective = ok(api.post(
                        "/api/v1/decrees/" + decree + "/objectives",
                        planner,
                        "{\"planPeriodId\":\"" + period + "\",\"code\":\"S1\",\"statement\":\"Meningkatnya layanan\"}"))
                .path("id")
                .asText();
        indicators.put(PERCENT, indicator(planner, objective, PERCENT, "%", "80"));
        indicators.put(DOCUMENTS, indicator(planner, objective, DOCUMENTS, "dokumen", "1200"));
        indicators.put(INDEX, indicator(planner, objective, INDEX, "indeks", "3.5"));
        indicators.put(RATIO, indicator(planner, objective, RATIO, "rasio", "1"));
        indicators.put(SUBMITTED, indicator(planner, objective, SUBMITTED, "%", "90"));
        ok(api.post("/api/v1/decrees/" + decree + "/enact", planner, "{\"version\":0,\"enactedOn\":\"2024-01-03\"}"));
        evaluator = api.tokenForNewUser("EVALUATOR", unit);
        auditor = api.tokenForNewUser("AUDITOR");
        JsonNode recorded = ok(api.post(
                "/api/v1/indicators/" + indicators.get(SUBMITTED) + "/realizations",
                evaluator,
                "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"70\"}"));
        ok(api.post(
                "/api/v1/realizations/" + recorded.path("id").asText() + "/submit",
                evaluator,
                "{\"version\":" + recorded.path("version").asLong() + "}"));
    }

    private String indicator(String planner, String objective, String name, String unitOfMeasure, String target) {
        return ok(api.post(
                        "/api/v1/objectives/" + objective + "/indicators",
                        planner,
                        "{\"name\":\"" + name + "\",\"kind\":\"NUMERIC\",\"polarity\":\"HIGHER_IS_BETTER\","
                                + "\"unitOfMeasure\":\"" + unitOfMeasure + "\",\"frequency\":\"ANNUAL\","
                                + "\"targets\":[{\"year\":2024,\"value\":" + target + "}]}"))
                .path("id")
                .asText();
    }

    @Test
    void theFilledTemplateIsPreviewedWithItsDoubtsAndCommittedIntoDraftsWithTheFileAsEvidence() throws Exception {
        RealizationSheets.Download template =
                RealizationSheets.template(server.getURI(), evaluator, unit, 2024, "ANNUAL");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        Map<String, List<String>> offered = rowsOf(template.body());
        assertThat(offered).containsOnlyKeys(PERCENT, DOCUMENTS, INDEX, RATIO, SUBMITTED);
        // objective, code, name, unit, target, an empty value and note, the indicator's id
        assertThat(offered.get(DOCUMENTS).subList(1, 9))
                .containsExactly(
                        "S1. Meningkatnya layanan",
                        "",
                        DOCUMENTS,
                        "dokumen",
                        "1.200",
                        "",
                        "",
                        indicators.get(DOCUMENTS));

        byte[] filled = RealizationSheets.filled(
                template.body(),
                Map.of(PERCENT, "85%", DOCUMENTS, "1.500", INDEX, "3,75", RATIO, "N/A", SUBMITTED, "95"),
                Map.of(PERCENT, "data per 31 Desember"),
                Map.of("Indikator unit lain", "10"));
        ApiClient.Answer uploaded = RealizationSheets.upload(
                server.getURI(), evaluator, unit, 2024, "ANNUAL", "realisasi-2024.xlsx", filled);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode preview = uploaded.json();
        assertThat(preview.path("committable").asBoolean()).as(uploaded.body()).isTrue();
        assertThat(preview.path("refusals")).isEmpty();
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        preview.path("rows").forEach(row -> rows.put(row.path("indicator").asText(), row));
        assertThat(rows).containsOnlyKeys(PERCENT, DOCUMENTS, INDEX, RATIO, SUBMITTED, "Indikator unit lain");

        assertRow(rows.get(PERCENT), "RECORD", "85", "matrix.doubt.unit-split");
        assertThat(rows.get(PERCENT).path("note").asText()).isEqualTo("data per 31 Desember");
        assertRow(rows.get(DOCUMENTS), "RECORD", "1500", "matrix.doubt.dot-as-thousands");
        assertRow(rows.get(INDEX), "RECORD", "3.75");
        assertRow(rows.get(RATIO), "SKIP", null, "realization-import.doubt.not-applicable");
        assertRow(rows.get(SUBMITTED), "SKIP", "95", "realization-import.doubt.submitted");
        assertRow(rows.get("Indikator unit lain"), "SKIP", null, "realization-import.doubt.not-in-unit");
        JsonNode doubt = rows.get(DOCUMENTS).path("doubts").get(0);
        assertThat(doubt.path("column").asText()).isEqualTo("Realisasi");
        assertThat(doubt.path("messages").path("id").asText()).contains("1.500").contains("ribuan");
        assertThat(doubt.path("messages").path("en").asText()).contains("1.500").contains("thousands");

        String id = preview.path("id").asText();
        ApiClient.Answer byAnother =
                api.post("/api/v1/realization-imports/" + id + "/commit", api.tokenForNewUser("EVALUATOR"), "{}");
        assertThat(byAnother.status()).as(byAnother.body()).isEqualTo(403);
        assertThat(api.post("/api/v1/realization-imports/" + id + "/commit", auditor, "{}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/realization-imports/" + id + "/commit", null, "{}")
                        .status())
                .isEqualTo(401);

        ApiClient.Answer committed = api.post("/api/v1/realization-imports/" + id + "/commit", evaluator, "{}");
        assertThat(committed.status()).as(committed.body()).isEqualTo(201);
        List<String> written = new ArrayList<>();
        committed.json().path("realizationIds").forEach(r -> written.add(r.asText()));
        assertThat(written).hasSize(3);
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(filled));
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String realizationId : written) {
            JsonNode realization = ok(api.get("/api/v1/realizations/" + realizationId, evaluator))
                    .path("realization");
            String indicator = nameOf(realization.path("indicatorId").asText());
            values.put(indicator, realization.path("value").decimalValue());
            assertThat(realization.path("status").asText()).isEqualTo("DRAFT");
            assertThat(realization.path("year").asInt()).isEqualTo(2024);
            assertThat(realization.path("period").asText()).isEqualTo("ANNUAL");
            assertThat(realization.path("source").path("kind").asText()).isEqualTo("IMPORT");
            assertThat(realization.path("source").path("reference").asText()).isEqualTo("realisasi-2024.xlsx");
            JsonNode evidence = realization.path("evidence");
            assertThat(evidence).hasSize(1);
            assertThat(evidence.get(0).path("fileName").asText()).isEqualTo("realisasi-2024.xlsx");
            assertThat(evidence.get(0).path("sha256").asText()).isEqualTo(sha256);
            assertThat(evidence.get(0).path("size").asLong()).isEqualTo(filled.length);
            HttpResponse<byte[]> kept =
                    download(evidence.get(0).path("download").asText());
            assertThat(kept.body()).isEqualTo(filled);
            // the copy can be checked against the digest the page shows, and keeps its name
            assertThat(kept.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
            assertThat(kept.headers().firstValue("Repr-Digest"))
                    .hasValueSatisfying(digest -> assertThat(digest).startsWith("sha-256=:"));
            assertThat(kept.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"realisasi-2024.xlsx\"; filename*=UTF-8''realisasi-2024.xlsx");
            if (indicator.equals(PERCENT)) {
                assertThat(evidence.get(0).path("title").asText()).endsWith("data per 31 Desember");
            }
        }
        assertThat(values)
                .containsOnlyKeys(PERCENT, DOCUMENTS, INDEX)
                .hasEntrySatisfying(PERCENT, v -> assertThat(v).isEqualByComparingTo("85"))
                .hasEntrySatisfying(DOCUMENTS, v -> assertThat(v).isEqualByComparingTo("1500"))
                .hasEntrySatisfying(INDEX, v -> assertThat(v).isEqualByComparingTo("3.75"));
        assertThat(api.get("/api/v1/indicators/" + indicators.get(RATIO) + "/realizations", evaluator)
                        .json())
                .as("N/A records nothing, not 0")
                .isEmpty();
        ApiClient.Answer twice = api.post("/api/v1/realization-imports/" + id + "/commit", evaluator, "{}");
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);

        halfBrokenSheetWritesNothingAndNamesItsRowAndColumn();
    }

    /** Runs after the commit above: the drafts it wrote are what a broken sheet must leave untouched. */
    private void halfBrokenSheetWritesNothingAndNamesItsRowAndColumn() {
        byte[] template = RealizationSheets.template(server.getURI(), evaluator, unit, 2024, "ANNUAL")
                .body();
        byte[] broken = RealizationSheets.filled(
                template, Map.of(PERCENT, "90", DOCUMENTS, "1,234.56", INDEX, "4"), Map.of(), Map.of());
        ApiClient.Answer uploaded =
                RealizationSheets.upload(server.getURI(), evaluator, unit, 2024, "ANNUAL", "rusak.xlsx", broken);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode preview = uploaded.json();
        assertThat(preview.path("committable").asBoolean()).isFalse();
        long badRow = RealizationSheets.rowOf(broken, DOCUMENTS);
        assertThat(preview.path("refusals")).hasSize(1);
        JsonNode refusal = preview.path("refusals").get(0);
        assertThat(refusal.path("row").asLong()).isEqualTo(badRow);
        assertThat(refusal.path("column").asText()).isEqualTo("Realisasi");
        assertThat(refusal.path("messages").path("id").asText()).contains("1,234.56");
        assertThat(refusal.path("messages").path("en").asText()).contains("1,234.56");

        ApiClient.Answer commit =
                api.post("/api/v1/realization-imports/" + preview.path("id").asText() + "/commit", evaluator, "{}");
        assertThat(commit.status()).as(commit.body()).isEqualTo(422);
        JsonNode error = commit.json().path("errors").get(0);
        assertThat(error.path("row").asLong()).isEqualTo(badRow);
        assertThat(error.path("field").asText()).isEqualTo("Realisasi");
        JsonNode percent = api.get("/api/v1/indicators/" + indicators.get(PERCENT) + "/realizations", evaluator)
                .json();
        assertThat(percent).hasSize(1);
        assertThat(percent.get(0).path("value").decimalValue())
                .as("the valid row of the broken sheet was not written either")
                .isEqualByComparingTo("85");
    }

    @Test
    void onlyAnEvaluatorOfTheUnitGetsItsSheetOrUploadsOneAndAClosedYearRefuses() {
        String stranger = api.tokenForNewUser("EVALUATOR");
        String planner = api.plannerOf(unit);
        assertThat(RealizationSheets.template(server.getURI(), stranger, unit, 2024, "ANNUAL")
                        .status())
                .isEqualTo(403);
        assertThat(RealizationSheets.template(server.getURI(), planner, unit, 2024, "ANNUAL")
                        .status())
                .isEqualTo(403);
        assertThat(RealizationSheets.template(server.getURI(), null, unit, 2024, "ANNUAL")
                        .status())
                .isEqualTo(401);
        byte[] sheet = RealizationSheets.template(server.getURI(), evaluator, unit, 2025, "ANNUAL")
                .body();
        ApiClient.Answer byStranger =
                RealizationSheets.upload(server.getURI(), stranger, unit, 2025, "ANNUAL", "r.xlsx", sheet);
        assertThat(byStranger.status()).as(byStranger.body()).isEqualTo(403);
        assertThat(byStranger.json().path("code").asText()).isEqualTo("realization.not-responsible");
        assertThat(RealizationSheets.upload(server.getURI(), planner, unit, 2025, "ANNUAL", "r.xlsx", sheet)
                        .status())
                .isEqualTo(403);
        assertThat(RealizationSheets.upload(server.getURI(), null, unit, 2025, "ANNUAL", "r.xlsx", sheet)
                        .status())
                .isEqualTo(401);
        // the sheet of 2025 uploaded as 2024's is refused by its own title rows
        ApiClient.Answer otherYear =
                RealizationSheets.upload(server.getURI(), evaluator, unit, 2026, "ANNUAL", "r.xlsx", sheet);
        assertThat(otherYear.status()).as(otherYear.body()).isEqualTo(201);
        assertThat(otherYear.json().path("refusals").get(0).path("code").asText())
                .isEqualTo("realization-import.other-year");

        ok(api.post("/api/v1/units/" + unit + "/years/2025/close", auditor, "{\"reason\":\"angka final\"}"));
        ApiClient.Answer closed =
                RealizationSheets.upload(server.getURI(), evaluator, unit, 2025, "ANNUAL", "r.xlsx", sheet);
        assertThat(closed.status()).as(closed.body()).isEqualTo(409);
        assertThat(closed.json().path("code").asText()).isEqualTo("year.closed");
    }

    @Test
    void anEvaluatorDownloadsUploadsPreviewsAndCommitsInTheBrowser() throws Exception {
        byte[] template = RealizationSheets.template(server.getURI(), evaluator, unit, 2026, "ANNUAL")
                .body();
        Path file = Files.createTempFile("realisasi-2026-", ".xlsx");
        Files.write(file, RealizationSheets.filled(template, Map.of(DOCUMENTS, "1.750"), Map.of(), Map.of()));
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.browser();
            browser.get(server.getURI().resolve("/static/kinerja.css").toString());
            browser.manage().addCookie(new Cookie("JWT", evaluator, "/"));
            browser.get(server.getURI().resolve("/impor-realisasi").toString());
            chromium.screenshot("realization-import/upload");
            assertThat(browser.findElement(By.id("form-templat")).getAttribute("action"))
                    .endsWith("/impor-realisasi/templat");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("unitId"))).selectByValue(unit);
            WebElement year = browser.findElement(By.id("year"));
            year.clear();
            year.sendKeys("2026");
            browser.findElement(By.id("file")).sendKeys(file.toString());
            submit(browser, "pratinjau");
            assertThat(browser.getCurrentUrl()).contains("/impor-realisasi/");
            String row = browser.findElement(By.id("pratinjau-baris")).getText();
            assertThat(row).contains(DOCUMENTS).contains("1.750").contains("titik dibaca sebagai pemisah ribuan");
            chromium.screenshot("realization-import/preview");
            submit(browser, "simpan");
            assertThat(browser.findElement(By.id("tersimpan")).getText()).contains("sudah disimpan");
            chromium.screenshot("realization-import/committed");
            browser.findElement(By.cssSelector("#pratinjau-baris a")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20), HeadlessChromium.POLL)
                    .until(driver -> driver.getCurrentUrl().contains("/realisasi/"));
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains("1.750")
                    .contains("impor berkas");
            chromium.screenshot("realization-import/realization");
        } finally {
            Files.delete(file);
        }
        JsonNode recorded = api.get("/api/v1/indicators/" + indicators.get(DOCUMENTS) + "/realizations", evaluator)
                .json();
        boolean found = false;
        for (JsonNode realization : recorded) {
            if (realization.path("year").asInt() == 2026) {
                assertThat(realization.path("value").decimalValue()).isEqualByComparingTo("1750");
                assertThat(realization.path("source").path("kind").asText()).isEqualTo("IMPORT");
                found = true;
            }
        }
        assertThat(found).as(recorded.toString()).isTrue();
    }

    private static void submit(WebDriver browser, String buttonId) {
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
    }

    private static void assertRow(JsonNode row, String action, String value, String... doubts) {
        assertThat(row.path("action").asText()).as(row.toString()).isEqualTo(action);
        if (value == null) {
            assertThat(row.path("value").isNull() || row.path("value").isMissingNode())
                    .as(row.toString())
                    .isTrue();
        } else {
            assertThat(row.path("value").decimalValue()).as(row.toString()).isEqualByComparingTo(value);
        }
        List<String> codes = new ArrayList<>();
        row.path("doubts").forEach(doubt -> codes.add(doubt.path("code").asText()));
        assertThat(codes).as(row.toString()).containsExactly(doubts);
    }

    private String nameOf(String indicatorId) {
        return indicators.entrySet().stream()
                .filter(entry -> entry.getValue().equals(indicatorId))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.getURI().resolve(path))
                                .header("Authorization", "Bearer " + evaluator)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    /** The template's rows by indicator name, each with its nine cells as text. */
    private static Map<String, List<String>> rowsOf(byte[] workbook) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(read.getSheetAt(0).getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("2024");
            assertThat(read.getSheetAt(0).getRow(3).getCell(1).getStringCellValue())
                    .isEqualTo("Tahunan");
            assertThat(read.getSheetAt(0).isColumnHidden(8)).isTrue();
            for (Row row : read.getSheetAt(0)) {
                if (row.getRowNum() > 5) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < 9; c++) {
                        cells.add(row.getCell(c).getStringCellValue());
                    }
                    rows.put(cells.get(3), cells);
                }
            }
        }
        return rows;
    }

    private static JsonNode ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
        return answer.json();
    }
}
