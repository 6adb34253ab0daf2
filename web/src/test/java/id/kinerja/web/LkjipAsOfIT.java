package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.shared.IndonesianDate;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The LKjIP as of a past date (ADR 0031), for the seed Biro Umum, 2024: 88,66 verified yesterday, corrected to 90
 * and verified today. As of yesterday the report shows 88,66, as of today 90, in JSON and in the files; a draft
 * opened afterwards changes neither; a day with nothing verified reads "belum diverifikasi per …"; a future or
 * malformed date answers 400 problem+json in both languages; the page's "Keadaan per tanggal" carries the day to
 * the table and the preview.
 */
@MicronautTest
class LkjipAsOfIT {
    private static final ZoneId OFFICE_TIME = ZoneId.of("Asia/Jakarta");

    @Inject
    EmbeddedServer server;

    @Value("${datasources.default.url}")
    String databaseUrl;

    @Value("${datasources.default.username}")
    String databaseUser;

    @Value("${datasources.default.password:}")
    String databasePassword;

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static ApiClient.Answer ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer;
    }

    private byte[] file(String path, String token, String accept) throws Exception {
        HttpResponse<byte[]> answer = DecreeDocumentIT.fetch(server.getURI(), path, token, accept);
        assertThat(answer.statusCode()).as(path + " " + accept).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
        return answer.body();
    }

    private static JsonNode currentRealization(ApiClient api, String indicator, String token) {
        return StreamSupport.stream(
                        api.get("/api/v1/indicators/" + indicator + "/realizations", token)
                                .json()
                                .spliterator(),
                        false)
                .filter(realization -> realization.path("year").asInt() == 2024
                        && realization.path("period").asText().equals("ANNUAL"))
                .findFirst()
                .orElseThrow();
    }

    /** The year's realization of the indicator as the JSON report states it. */
    private static JsonNode realizationIn(JsonNode report, String indicator) {
        for (JsonNode objective : report.path("objectives")) {
            for (JsonNode evaluated : objective.path("indicators")) {
                if (evaluated.path("id").asText().equals(indicator)) {
                    return evaluated.path("evaluation").path("realization");
                }
            }
        }
        throw new AssertionError("the indicator is not in the report: " + report);
    }

    /**
     * A fixture: the verification is moved back one day in the test's own database (the realization table is
     * not append-only), as if the auditor had verified it yesterday.
     */
    private void verifiedYesterday(String realization) throws Exception {
        try (Connection connection = DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
                PreparedStatement update =
                        connection.prepareStatement("UPDATE realization SET review_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofDays(1))));
            update.setObject(2, UUID.fromString(realization));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void theReportAsOfADayShowsTheFiguresVerifiedByItsEnd() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        String reader = api.tokenForNewUser("EVALUATOR");
        JsonNode decree = api.seedDecree(reader);
        String bureau = decree.path("issuingUnitId").asText();
        String indicator = api.firstIndicatorOf(decree, reader);
        PerformanceDocumentsIT.verifiedIkm(api, bureau, indicator);
        JsonNode verified = currentRealization(api, indicator, reader);
        assertThat(verified.path("status").asText()).isEqualTo("VERIFIED");
        verifiedYesterday(verified.path("id").asText());
        LkjipIssueIT.realizedIkm(api, bureau, indicator, "90");

        LocalDate today = LocalDate.now(OFFICE_TIME);
        LocalDate yesterday = today.minusDays(1);
        String report = "/api/v1/units/" + bureau + "/reports/lkjip?year=2024";
        String asOfYesterday = report + "&asOf=" + yesterday;
        String asOfToday = report + "&asOf=" + today;

        JsonNode then = ok(api.get(asOfYesterday, reader)).json();
        assertThat(then.path("asOf").asText()).isEqualTo(yesterday.toString());
        // every audit line of this test database was recorded today: none stands at the end of yesterday
        assertThat(then.path("auditPosition").isNull()
                        || then.path("auditPosition").isMissingNode())
                .as(then.path("auditPosition").toString())
                .isTrue();
        assertThat(realizationIn(then, indicator).path("value").decimalValue()).isEqualByComparingTo("88.66");
        JsonNode now = ok(api.get(asOfToday, reader)).json();
        assertThat(realizationIn(now, indicator).path("value").decimalValue()).isEqualByComparingTo("90");
        assertThat(now.path("auditPosition").asLong()).isPositive();
        assertThat(realizationIn(ok(api.get(report, reader)).json(), indicator)
                        .path("value")
                        .decimalValue())
                .isEqualByComparingTo("90");

        byte[] pdf = file(asOfYesterday, reader, DecreeDocumentIT.PDF);
        DocumentFiles.savePages(pdf, "lkjip-2024-per-kemarin");
        assertThat(flat(DocumentFiles.pdfText(pdf)))
                .contains("Keadaan per " + IndonesianDate.format(yesterday), " 86 (Baik) 88,66 ")
                .doesNotContain(" 86 (Baik) 90 ");
        assertThat(flat(DocumentFiles.docxText(file(asOfYesterday, reader, DecreeDocumentIT.DOCX))))
                .contains("88,66");
        assertThat(DocumentFiles.xlsxText(file(asOfYesterday, reader, DecreeDocumentIT.XLSX)))
                .contains("\t86 (Baik)\t88,66\t");
        assertThat(flat(DocumentFiles.pdfText(file(asOfToday, reader, DecreeDocumentIT.PDF))))
                .contains(" 86 (Baik) 90 ", "Keadaan per " + IndonesianDate.format(today));

        // a correction opened afterwards is a draft, not a figure: neither day changes
        String auditor = api.tokenForNewUser("AUDITOR", bureau);
        JsonNode ninety = currentRealization(api, indicator, auditor);
        JsonNode reopened = ok(api.post(
                        "/api/v1/realizations/" + ninety.path("id").asText() + "/reopen",
                        auditor,
                        "{\"version\":" + ninety.path("version").asLong() + ",\"reason\":\"angka IKM ditinjau\"}"))
                .json();
        ok(api.put(
                "/api/v1/realizations/" + reopened.path("id").asText(),
                api.tokenForNewUser("EVALUATOR", bureau),
                "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"95\",\"version\":"
                        + reopened.path("version").asLong() + "}"));
        assertThat(realizationIn(ok(api.get(asOfYesterday, reader)).json(), indicator)
                        .path("value")
                        .decimalValue())
                .isEqualByComparingTo("88.66");
        assertThat(realizationIn(ok(api.get(asOfToday, reader)).json(), indicator)
                        .path("value")
                        .decimalValue())
                .isEqualByComparingTo("90");

        // before anything was verified: not filled, and said so for the day, never 0
        LocalDate before = today.minusDays(2);
        JsonNode nothing =
                realizationIn(ok(api.get(report + "&asOf=" + before, reader)).json(), indicator);
        assertThat(nothing.path("state").asText()).isEqualTo("MISSING");
        assertThat(nothing.path("explanation").path("rule").asText()).isEqualTo("yearly.not-verified-as-of");
        assertThat(flat(DocumentFiles.pdfText(file(report + "&asOf=" + before, reader, DecreeDocumentIT.PDF))))
                .contains("Belum diverifikasi per " + IndonesianDate.format(before));

        // refused: a day ahead, a day that does not exist; in Indonesian and English; signed in only
        JsonNode ahead = api.get(report + "&asOf=" + today.plusDays(1), reader).problem(400, "report.as-of.future");
        assertThat(ahead.path("messages").path("id").asText()).contains("hari ini");
        assertThat(ahead.path("messages").path("en").asText()).contains("today");
        JsonNode malformed = api.get(report + "&asOf=2024-13-01", reader).problem(400, "report.as-of.invalid");
        assertThat(malformed.path("messages").path("id").asText()).contains("TTTT-BB-HH");
        assertThat(malformed.path("messages").path("en").asText()).contains("YYYY-MM-DD");
        assertThat(api.get(asOfYesterday, null).status()).isEqualTo(401);

        // the page: the date field carries the day to the table, the note and the preview files
        String page = "/laporan-kinerja?unit=" + bureau + "&year=2024&asOf=" + yesterday;
        ApiClient.Answer shown = pageGet(api, page, reader);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body())
                .contains(
                        "id=\"asOf\"", "value=\"" + yesterday + "\"", "Keadaan per " + IndonesianDate.format(yesterday))
                .contains("<td>88,66</td>")
                .contains("/pratinjau/pdf?asOf=" + yesterday);
        byte[] preview = file(
                "/laporan-kinerja/" + bureau + "/2024/pratinjau/pdf?asOf=" + yesterday, reader, DecreeDocumentIT.PDF);
        assertThat(flat(DocumentFiles.pdfText(preview))).contains("88,66", "Keadaan per");
        ApiClient.Answer refused =
                pageGet(api, "/laporan-kinerja?unit=" + bureau + "&year=2024&asOf=2024-13-01", reader);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("galat-pilih", "TTTT-BB-HH", "value=\"2024-13-01\"");

        PerformanceDocumentsIT.verifiedIkm(api, bureau, indicator);
    }

    private static ApiClient.Answer pageGet(ApiClient api, String path, String token) {
        return api.send("GET", path, null, null, null, Map.of("Cookie", "JWT=" + token, "Accept", "text/html"));
    }
}
