package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The LKjIP of the seed Biro Umum, 2024, written, issued and issued again: planners write the narrative with
 * optimistic locking (a stale version answers 409), the auditor issues it, the issued PDF, DOCX and XLSX
 * carry target 86, realisasi 88,66, capaian 103,09 % and the rating; after the realization changes, the
 * issued files are the same bytes and the next issue lists the figures that changed. The pages do the same
 * through their forms.
 */
@MicronautTest
class LkjipIssueIT {
    @Inject
    EmbeddedServer server;

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

    private static long versionOf(ApiClient api, String narrative, String token, String section, String indicator) {
        for (JsonNode entry : api.get(narrative, token).json()) {
            if (entry.path("section").asText().equals(section)
                    && (indicator == null
                            ? entry.path("indicatorId").isNull()
                                    || entry.path("indicatorId").isMissingNode()
                            : entry.path("indicatorId").asText().equals(indicator))) {
                return entry.path("version").asLong();
            }
        }
        return 0;
    }

    /** Makes the IKM's 2024 realization this value, submitted and verified by an auditor who did not enter it. */
    static void realizedIkm(ApiClient api, String bureau, String indicator, String value) {
        String evaluator = api.tokenForNewUser("EVALUATOR", bureau);
        String auditor = api.tokenForNewUser("AUDITOR", bureau);
        api.post("/api/v1/units/" + bureau + "/years/2024/reopen", auditor, "{\"reason\":\"LKjIP 2024 diperbaiki\"}");
        JsonNode current = StreamSupport.stream(
                        api.get("/api/v1/indicators/" + indicator + "/realizations", auditor)
                                .json()
                                .spliterator(),
                        false)
                .filter(realization -> realization.path("year").asInt() == 2024
                        && realization.path("period").asText().equals("ANNUAL"))
                .findFirst()
                .orElseThrow();
        JsonNode open = current;
        String status = current.path("status").asText();
        String body = "{\"version\":" + current.path("version").asLong() + ",\"reason\":\"angka IKM dikoreksi\"}";
        if (status.equals("VERIFIED")) {
            open = ok(api.post("/api/v1/realizations/" + current.path("id").asText() + "/reopen", auditor, body))
                    .json();
        } else if (status.equals("SUBMITTED")) {
            open = ok(api.post("/api/v1/realizations/" + current.path("id").asText() + "/return", auditor, body))
                    .json();
        }
        JsonNode draft = ok(api.put(
                        "/api/v1/realizations/" + open.path("id").asText(),
                        evaluator,
                        "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"" + value + "\",\"version\":"
                                + open.path("version").asLong() + "}"))
                .json();
        String id = draft.path("id").asText();
        JsonNode submitted = ok(api.post(
                        "/api/v1/realizations/" + id + "/submit",
                        evaluator,
                        "{\"version\":" + draft.path("version").asLong() + "}"))
                .json();
        ok(api.post(
                "/api/v1/realizations/" + id + "/verify",
                api.tokenForNewUser("AUDITOR", bureau),
                "{\"version\":" + submitted.path("version").asLong() + "}"));
    }

    @Test
    void anIssuedLkjipKeepsItsFiguresAndBytesAndTheReissueListsWhatChanged() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        String reader = api.tokenForNewUser("EVALUATOR");
        String auditor = api.tokenForNewUser("AUDITOR");
        JsonNode decree = api.seedDecree(reader);
        String bureau = decree.path("issuingUnitId").asText();
        // the narrative is written by a planner of the unit (ADR 0020)
        String planner = api.plannerOf(bureau);
        String indicator = api.firstIndicatorOf(decree, reader);
        PerformanceDocumentsIT.verifiedIkm(api, bureau, indicator);
        String base = "/api/v1/units/" + bureau + "/reports/lkjip/2024";

        // the narrative: written over the version read; the same version again is refused and changes nothing
        long summaryVersion = versionOf(api, base + "/narrative", reader, "EXECUTIVE_SUMMARY", null);
        String summary = "Ringkasan uji " + System.nanoTime();
        String summaryBody =
                "{\"section\":\"EXECUTIVE_SUMMARY\",\"text\":\"" + summary + "\",\"version\":" + summaryVersion + "}";
        JsonNode written =
                ok(api.put(base + "/narrative", planner, summaryBody)).json();
        assertThat(written.path("version").asLong()).isEqualTo(summaryVersion + 1);
        assertThat(api.put(base + "/narrative", planner, summaryBody.replace(summary, "ditimpa"))
                        .status())
                .isEqualTo(409);
        assertThat(api.put(base + "/narrative", reader, summaryBody).status()).isEqualTo(403);
        assertThat(api.put(base + "/narrative", null, summaryBody).status()).isEqualTo(401);
        api.put(base + "/narrative", planner, "{\"section\":\"CAUSES\",\"text\":\"tanpa indikator\",\"version\":0}")
                .problem(422, "report.section-needs-indicator");
        String causes = "Layanan daring memperpendek antrean " + System.nanoTime();
        ok(api.put(
                base + "/narrative",
                planner,
                "{\"section\":\"CAUSES\",\"indicatorId\":\"" + indicator + "\",\"text\":\"" + causes + "\",\"version\":"
                        + versionOf(api, base + "/narrative", reader, "CAUSES", indicator) + "}"));
        assertThat(flat(DocumentFiles.pdfText(
                        file("/api/v1/units/" + bureau + "/reports/lkjip?year=2024", reader, DecreeDocumentIT.PDF))))
                .contains(summary, causes, "PRATINJAU");

        // issuing: auditors only
        assertThat(api.post(base + "/issues", planner, "{}").status()).isEqualTo(403);
        JsonNode first = ok(api.post(base + "/issues", auditor, "{}")).json();
        int sequence = first.path("sequence").asInt();
        String number = first.path("number").asText();
        assertThat(number).isEqualTo("LKjIP-2024/" + sequence);
        assertThat(first.path("sources").toString()).contains("realization ", "rating-scale ", "narrative CAUSES");
        String issued = base + "/issues/" + sequence;
        byte[] pdf = file(issued, reader, DecreeDocumentIT.PDF);
        byte[] docx = file(issued, reader, DecreeDocumentIT.DOCX);
        byte[] xlsx = file(issued, reader, DecreeDocumentIT.XLSX);
        DocumentFiles.savePages(pdf, "lkjip-2024-terbitan");
        assertThat(flat(DocumentFiles.pdfText(pdf)))
                .contains(" 86 (Baik) 88,66 103,09 % ", "Sangat Tinggi", number, summary, causes)
                .doesNotContain("88.66", "103.09", "PRATINJAU");
        assertThat(flat(DocumentFiles.docxText(docx)))
                .contains("86 (Baik)", "88,66", "103,09 %", "Sangat Tinggi", number);
        assertThat(DocumentFiles.xlsxText(xlsx)).contains("\t86 (Baik)\t88,66\t103,09 %\t", "\tSangat Tinggi\t");

        // the realization changes: the issue stays byte for byte, the next issue lists what changed
        realizedIkm(api, bureau, indicator, "90,12");
        assertThat(file(issued, reader, DecreeDocumentIT.PDF)).isEqualTo(pdf);
        assertThat(file(issued, reader, DecreeDocumentIT.DOCX)).isEqualTo(docx);
        assertThat(file(issued, reader, DecreeDocumentIT.XLSX)).isEqualTo(xlsx);
        assertThat(api.get(issued, reader).json().path("figures").toString()).contains("88,66");
        JsonNode second = ok(api.post(base + "/issues", auditor, "{}")).json();
        assertThat(second.path("sequence").asInt()).isEqualTo(sequence + 1);
        List<String> changes = new ArrayList<>();
        second.path("changes")
                .forEach(change -> changes.add(change.path("label").asText() + ": "
                        + change.path("before").asText() + " → "
                        + change.path("after").asText()));
        assertThat(changes)
                .anySatisfy(change -> assertThat(change).endsWith("Realisasi: 88,66 → 90,12"))
                .anySatisfy(change -> assertThat(change).contains("Capaian: 103,09 % → "));
        assertThat(flat(DocumentFiles.pdfText(file(base + "/issues/" + (sequence + 1), reader, DecreeDocumentIT.PDF))))
                .contains("90,12");
        assertThat(api.get(base + "/issues", reader).json().size()).isGreaterThanOrEqualTo(2);
        assertThat(api.get(base + "/issues/999999", reader).status()).isEqualTo(404);

        PerformanceDocumentsIT.verifiedIkm(api, bureau, indicator);
    }

    @Test
    void thePagesWriteTheNarrativeIssueTheReportAndServeItsFiles() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        String reader = api.tokenForNewUser("EVALUATOR");
        String auditor = api.tokenForNewUser("AUDITOR");
        JsonNode decree = api.seedDecree(reader);
        String bureau = decree.path("issuingUnitId").asText();
        // the narrative is written by a planner of the unit (ADR 0020)
        String planner = api.plannerOf(bureau);
        String page = "/laporan-kinerja?unit=" + bureau + "&year=2024";

        ApiClient.Answer shown = pageGet(api, page, planner);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Laporan Kinerja", "Indeks Kepuasan Masyarakat", "name=\"text\"");
        assertThat(pageGet(api, page, reader).body()).doesNotContain("name=\"text\"", "id=\"terbitkan\"");
        assertThat(pageGet(api, "/laporan-kinerja", reader).status()).isEqualTo(200);

        long version = versionOf(
                api, "/api/v1/units/" + bureau + "/reports/lkjip/2024/narrative", reader, "STRATEGIC_ISSUES", null);
        String issues = "Isu strategis dari halaman " + System.nanoTime();
        String form = "section=STRATEGIC_ISSUES&version=" + version + "&text="
                + URLEncoder.encode(issues, StandardCharsets.UTF_8);
        String narrate = "/laporan-kinerja/" + bureau + "/2024/narasi";
        assertThat(pagePost(api, narrate, planner, form).status()).isEqualTo(303);
        ApiClient.Answer stale = pagePost(api, narrate, planner, form.replace("Isu", "Timpa"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("galat-narasi-STRATEGIC_ISSUES", "Timpa strategis");
        assertThat(pagePost(api, narrate, reader, form).status()).isEqualTo(403);
        assertThat(pageGet(api, page, reader).body()).contains(issues);

        String issue = "/laporan-kinerja/" + bureau + "/2024/terbitkan";
        assertThat(pagePost(api, issue, planner, "").status()).isEqualTo(403);
        ApiClient.Answer done = pagePost(api, issue, auditor, "");
        assertThat(done.status()).isEqualTo(303);
        JsonNode latest = api.get("/api/v1/units/" + bureau + "/reports/lkjip/2024/issues", reader)
                .json()
                .get(0);
        int sequence = latest.path("sequence").asInt();
        assertThat(pageGet(api, page, reader).body())
                .contains(latest.path("number").asText());
        byte[] fromPage = file(
                "/laporan-kinerja/" + bureau + "/2024/terbitan/" + sequence + "/pdf", reader, DecreeDocumentIT.PDF);
        assertThat(fromPage)
                .isEqualTo(file(
                        "/api/v1/units/" + bureau + "/reports/lkjip/2024/issues/" + sequence,
                        reader,
                        DecreeDocumentIT.PDF));
        assertThat(flat(DocumentFiles.pdfText(fromPage))).contains(issues);
        byte[] preview = file("/laporan-kinerja/" + bureau + "/2024/pratinjau/xlsx", reader, DecreeDocumentIT.XLSX);
        assertThat(DocumentFiles.xlsxText(preview)).contains("Indeks Kepuasan Masyarakat");
        assertThat(DecreeDocumentIT.fetch(
                                server.getURI(),
                                "/laporan-kinerja/" + bureau + "/2024/pratinjau/pdf",
                                null,
                                "application/pdf")
                        .statusCode())
                .isIn(302, 303, 401);
    }

    private static ApiClient.Answer pageGet(ApiClient api, String path, String token) {
        return api.send("GET", path, null, null, null, Map.of("Cookie", "JWT=" + token, "Accept", "text/html"));
    }

    private static ApiClient.Answer pagePost(ApiClient api, String path, String token, String form) {
        return api.send(
                "POST",
                path,
                null,
                "application/x-www-form-urlencoded",
                form,
                Map.of("Cookie", "JWT=" + token, "Accept", "text/html", "Sec-Fetch-Site", "same-origin"));
    }
}
