package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Realisasi anggaran end to end (issue 13, items 2 and 3 B): a planner of the unit enters a PK's budget on its page
 * (a refused entry keeps what was typed), fills Kinerja's sheet and imports it (a broken sheet is refused naming row
 * and column in both languages), and the LKjIP's JSON, PDF, DOCX and XLSX print Bab III B — pagu, realisasi,
 * serapan and the unit's attainment beside it — with a programme not entered shown as "Belum diisi", never 0.
 * Anyone else is refused (401/403).
 */
@MicronautTest
class BudgetRealizationIT {
    private static final String FIRST =
            "{\"name\":\"Drs. Ahmad Yani\",\"position\":\"Kepala Biro\",\"nip\":\"197001011995031001\"}";
    private static final String SECOND =
            "{\"name\":\"Dr. Siti Aminah\",\"position\":\"Sekretaris Daerah\",\"nip\":\"196805121990032002\"}";

    @Inject
    EmbeddedServer server;

    private static JsonNode ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void aPlannerEntersAndImportsTheBudgetAndTheLkjipPrintsBabIiiBInEveryFormat() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        PerformanceAgreementIT.UnitWithIku iku = PerformanceAgreementIT.unitWithIku(api, null);
        String planner = api.plannerOf(iku.unit());
        String evaluator = api.tokenForNewUser("EVALUATOR", iku.unit());
        String auditor = api.tokenForNewUser("AUDITOR");
        String agreement = ok(api.post(
                        "/api/v1/units/" + iku.unit() + "/performance-agreements",
                        planner,
                        "{\"year\":2024,\"firstParty\":" + FIRST + ",\"secondParty\":" + SECOND + ",\"programmes\":["
                                + "{\"code\":\"1.01.01\",\"name\":\"Program Penunjang Urusan\","
                                + "\"budget\":\"1.500.000.000\"},"
                                + "{\"code\":\"1.01.01.2.01\",\"name\":\"Kegiatan Pelayanan Umum\","
                                + "\"budget\":\"250.000.000\"}]}"))
                .path("id")
                .asText();
        // the year's realization 76 against 80: the unit's attainment 95,00 %
        ok(api.post(
                "/api/v1/indicators/" + iku.indicator() + "/realizations",
                evaluator,
                "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"76\"}"));

        // the PK page links to the budget page; the form is a planner's only
        String pk = AgreementPagesITs.get(api, "/perjanjian-kinerja?unit=" + iku.unit() + "&tahun=2024", planner, "id")
                .body();
        assertThat(pk).contains("/perjanjian-kinerja/" + agreement + "/anggaran");
        String page = "/perjanjian-kinerja/" + agreement + "/anggaran";
        String shown = AgreementPagesITs.get(api, page, planner, "id").body();
        assertThat(shown).contains("id=\"form-anggaran\"", "Rp1.500.000.000", "Belum diisi", "value=\"1.500.000.000\"");
        ApiClient.Answer readOnly = AgreementPagesITs.get(api, page, auditor, "id");
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(readOnly.body()).contains("Rp250.000.000").doesNotContain("id=\"form-anggaran\"");

        // a spending that cannot be read: the page again with what was typed, the input marked, nothing stored
        String refusedForm = "kode=1.01.01&pagu=1.500.000.000&realisasi=1%2C5%2C0&kode=1.01.01.2.01&pagu=&realisasi="
                + "&kode=&pagu=&realisasi=&kode=&pagu=&realisasi=";
        ApiClient.Answer refused = AgreementPagesITs.post(api, page, planner, refusedForm, "id");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("value=\"1,5,0\"", "bukan angka")
                .containsPattern("id=\"realisasi-0\"[^>]*aria-invalid=\"true\"");
        assertThat(AgreementPagesITs.post(api, page, planner, refusedForm, "en").body())
                .contains("is not a number");
        String budget = "/api/v1/performance-agreements/" + agreement + "/budget-realization";
        assertThat(ok(api.get(budget, auditor))
                        .path("lines")
                        .get(0)
                        .path("state")
                        .asText())
                .isEqualTo("NOT_FILLED");
        // the same as an evaluator, and as a planner of another unit: refused
        String entry = "kode=1.01.01&pagu=1.500.000.000&realisasi=1.200.000.000&kode=1.01.01.2.01&pagu=&realisasi="
                + "&kode=&pagu=&realisasi=&kode=&pagu=&realisasi=";
        assertThat(AgreementPagesITs.post(api, page, evaluator, entry, "id").status())
                .isEqualTo(403);
        String stranger = api.plannerOf(api.newRootUnit("Biro lain " + System.nanoTime()));
        assertThat(AgreementPagesITs.post(api, page, stranger, entry, "id").status())
                .isEqualTo(403);
        assertThat(AgreementPagesITs.post(api, page, planner, entry, "id").status())
                .isEqualTo(303);
        JsonNode entered = ok(api.get(budget, auditor));
        assertThat(entered.path("lines").get(0).path("realized").decimalValue()).isEqualByComparingTo("1200000000");
        assertThat(entered.path("lines").get(0).path("absorption").decimalValue())
                .isEqualByComparingTo("80.00");
        assertThat(entered.path("lines").get(1).path("state").asText()).isEqualTo("NOT_FILLED");
        assertThat(entered.path("lines").get(1).path("realized").isNumber()).isFalse();

        // the LKjIP prints the programme not entered as "Belum diisi", never 0, and no total spending
        String lkjip = "/api/v1/units/" + iku.unit() + "/reports/lkjip?year=2024";
        String partly =
                flat(DocumentFiles.pdfText(DecreeDocumentIT.fetch(server.getURI(), lkjip, auditor, DecreeDocumentIT.PDF)
                        .body()));
        assertThat(partly.substring(partly.indexOf("B. Realisasi Anggaran", partly.indexOf("BAB III"))))
                .contains("Kegiatan Pelayanan Umum Rp250.000.000 Belum diisi Belum diisi")
                .contains("Jumlah Rp1.750.000.000 Belum diisi");

        // the sheet: offered to planners only, pre-filled; the second line filled and imported
        String template = budget + "/template";
        assertThat(api.download(template, evaluator).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> sheet = api.download(template, planner);
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(DocumentFiles.xlsxText(sheet.body()))
                .contains("1.01.01\tProgram Penunjang Urusan\t1.500.000.000\t1.200.000.000")
                .contains("1.01.01.2.01\tKegiatan Pelayanan Umum\t250.000.000\t");
        byte[] filled = withCell(sheet.body(), 7, 4, "200.000.000,50");
        String imports = budget + "/import";
        assertThat(api.upload(imports, null, "anggaran.xlsx", DecreeDocumentIT.XLSX, filled)
                        .status())
                .isEqualTo(401);
        assertThat(api.upload(imports, evaluator, "anggaran.xlsx", DecreeDocumentIT.XLSX, filled)
                        .status())
                .isEqualTo(403);
        assertThat(api.upload(imports, stranger, "anggaran.xlsx", DecreeDocumentIT.XLSX, filled)
                        .status())
                .isEqualTo(403);

        // a broken sheet: refused whole, the row and column named in Indonesian and English, nothing stored
        ApiClient.Answer broken = api.upload(
                imports, planner, "anggaran.xlsx", DecreeDocumentIT.XLSX, withCell(filled, 6, 4, "satu juta"));
        JsonNode problem = broken.problem(422, "file.refused");
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("row").asLong()).isEqualTo(7);
        assertThat(error.path("field").asText()).isEqualTo("Realisasi (Rp)");
        assertThat(error.path("messages").path("id").asText()).contains("“satu juta” bukan angka");
        assertThat(error.path("messages").path("en").asText()).contains("“satu juta” is not a number");
        JsonNode notAWorkbook = api.upload(
                        imports,
                        planner,
                        "anggaran.xlsx",
                        DecreeDocumentIT.XLSX,
                        "PK bukan buku kerja".getBytes(StandardCharsets.UTF_8))
                .problem(422, "file.refused");
        assertThat(notAWorkbook.path("errors").get(0).path("code").asText()).isEqualTo("file.malformed-xlsx");
        assertThat(ok(api.get(budget, auditor))
                        .path("lines")
                        .get(1)
                        .path("state")
                        .asText())
                .isEqualTo("NOT_FILLED");
        // the page shows a refused sheet's errors by row and column
        ApiClient.Answer pageRefused = AgreementPagesITs.upload(
                server.getURI(), page + "/impor", planner, "anggaran.xlsx", withCell(filled, 6, 4, "satu juta"), "id");
        assertThat(pageRefused.status()).isEqualTo(422);
        assertThat(pageRefused.body()).contains("id=\"galat-berkas\"", "Realisasi (Rp)", "“satu juta” bukan angka");

        JsonNode imported = ok(api.upload(imports, planner, "anggaran.xlsx", DecreeDocumentIT.XLSX, filled));
        assertThat(imported.path("lines").get(1).path("realized").decimalValue())
                .isEqualByComparingTo("200000000.50");
        assertThat(imported.path("totalRealized").decimalValue()).isEqualByComparingTo("1400000000.50");
        assertThat(imported.path("absorption").decimalValue()).isEqualByComparingTo("80.00");

        // Bab III B in the LKjIP: JSON, PDF, DOCX and XLSX
        JsonNode section = ok(api.get(lkjip, auditor)).path("budgetRealization");
        assertThat(section.path("agreementId").asText()).isEqualTo(agreement);
        assertThat(section.path("attainmentBasis").asText()).isEqualTo("UNIT_MEAN");
        assertThat(section.path("attainment").decimalValue()).isEqualByComparingTo("95.00");
        assertThat(section.path("absorption").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(section.path("difference").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(section.path("lines").get(1).path("ceiling").decimalValue()).isEqualByComparingTo("250000000");

        byte[] pdf = DecreeDocumentIT.fetch(server.getURI(), lkjip, auditor, DecreeDocumentIT.PDF)
                .body();
        DocumentFiles.savePages(pdf, "lkjip-bab-iii-b");
        String text = flat(DocumentFiles.pdfText(pdf));
        String babIiiB = text.substring(text.indexOf("B. Realisasi Anggaran", text.indexOf("BAB III")));
        assertThat(babIiiB)
                .contains("1.01.01 Program Penunjang Urusan Rp1.500.000.000 Rp1.200.000.000 80,00 % 95,00 % 15,00")
                .contains("Kegiatan Pelayanan Umum Rp250.000.000 Rp200.000.000,50 80,00 % 95,00 % 15,00")
                .contains("Jumlah Rp1.750.000.000 Rp1.400.000.000,50 80,00 % 95,00 % 15,00")
                .contains("serapan anggaran 80,00 %")
                .doesNotContain("1200000000", "80.00");
        assertThat(flat(DocumentFiles.docxText(
                        DecreeDocumentIT.fetch(server.getURI(), lkjip, auditor, DecreeDocumentIT.DOCX)
                                .body())))
                .contains("B. Realisasi Anggaran", "Rp1.200.000.000", "Rp200.000.000,50", "80,00 %", "95,00 %");
        assertThat(DocumentFiles.xlsxText(DecreeDocumentIT.fetch(server.getURI(), lkjip, auditor, DecreeDocumentIT.XLSX)
                        .body()))
                .contains(
                        "\t1.01.01\tProgram Penunjang Urusan\tRp1.500.000.000\tRp1.200.000.000\t80,00 %\t95,00 %\t15,00")
                .contains("Jumlah\tRp1.750.000.000\tRp1.400.000.000,50\t80,00 %");

        // an issue keeps the budget figures; a later change of spending is listed by the next issue
        String issues = "/api/v1/units/" + iku.unit() + "/reports/lkjip/2024/issues";
        JsonNode first = ok(api.post(issues, auditor, "{}"));
        assertThat(first.path("figures").toString()).contains("Rp1.200.000.000");
        ok(api.put(budget, planner, "{\"lines\":[{\"code\":\"1.01.01\",\"realized\":\"1.350.000.000\"}]}"));
        JsonNode second = ok(api.post(issues, auditor, "{}"));
        assertThat(second.path("changes").toString())
                .contains("Anggaran 1.01.01 Program Penunjang Urusan — Realisasi")
                .contains("Rp1.350.000.000")
                .contains("Belum diisi");
    }

    /** The workbook with one cell (row and column counted from 0) set to the text. */
    private static byte[] withCell(byte[] xlsx, int row, int column, String text) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            sheet.getRow(row).getCell(column).setCellValue(text);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Pages as a browser asks for them: the session cookie, the language, HTML, same-origin posts. */
    static final class AgreementPagesITs {
        static ApiClient.Answer get(ApiClient api, String path, String token, String language) {
            return api.send(
                    "GET",
                    path,
                    null,
                    null,
                    null,
                    Map.of("Cookie", "JWT=" + token + "; bahasa=" + language, "Accept", "text/html"));
        }

        static ApiClient.Answer post(ApiClient api, String path, String token, String form, String language) {
            return api.send(
                    "POST",
                    path,
                    null,
                    "application/x-www-form-urlencoded",
                    form,
                    Map.of(
                            "Cookie",
                            "JWT=" + token + "; bahasa=" + language,
                            "Accept",
                            "text/html",
                            "Sec-Fetch-Site",
                            "same-origin"));
        }

        static ApiClient.Answer upload(
                URI base, String path, String token, String fileName, byte[] content, String language)
                throws Exception {
            String boundary = "kinerja-" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + fileName + "\"\r\nContent-Type: " + DecreeDocumentIT.XLSX + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(base.resolve(path))
                                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                    .header("Cookie", "JWT=" + token + "; bahasa=" + language)
                                    .header("Accept", "text/html")
                                    .header("Sec-Fetch-Site", "same-origin")
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Answer(answer.statusCode(), "", answer.body(), Map.of());
        }
    }
}
