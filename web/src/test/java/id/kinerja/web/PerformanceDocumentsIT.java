package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The seed Biro Umum's 2024 with the IKM realization 88,66 verified: the LKjIP as PDF, DOCX and XLSX each
 * hold target 86, realisasi 88,66, capaian 103,09 % and the rating, and the PK PDF the IKM indicator with its
 * target 86 — read back from the files, the PDFs' pages kept as pictures in target/documents.
 */
@MicronautTest
class PerformanceDocumentsIT {
    @Inject
    EmbeddedServer server;

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static ApiClient.Answer ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer;
    }

    /** Makes the seed IKM's 2024 realization 88,66 and verified, whatever other tests left before. */
    static void verifiedIkm(ApiClient api, String bureau, String indicator) {
        String evaluator = api.tokenForNewUser("EVALUATOR", bureau);
        String auditor = api.tokenForNewUser("AUDITOR", bureau);
        api.post("/api/v1/units/" + bureau + "/years/2024/reopen", auditor, "{\"reason\":\"LKjIP 2024 disusun\"}");
        JsonNode current = StreamSupport.stream(
                        api.get("/api/v1/indicators/" + indicator + "/realizations", auditor)
                                .json()
                                .spliterator(),
                        false)
                .filter(realization -> realization.path("year").asInt() == 2024
                        && realization.path("period").asText().equals("ANNUAL"))
                .findFirst()
                .orElse(null);
        JsonNode draft;
        if (current == null) {
            draft = ok(api.post(
                            "/api/v1/indicators/" + indicator + "/realizations",
                            evaluator,
                            "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"88,66\"}"))
                    .json();
        } else {
            String status = current.path("status").asText();
            String id = current.path("id").asText();
            long version = current.path("version").asLong();
            if (status.equals("VERIFIED")
                    && current.path("value").decimalValue().compareTo(new BigDecimal("88.66")) == 0) {
                return;
            }
            JsonNode open = current;
            if (status.equals("VERIFIED")) {
                open = ok(api.post(
                                "/api/v1/realizations/" + id + "/reopen",
                                auditor,
                                "{\"version\":" + version + ",\"reason\":\"angka IKM terbit\"}"))
                        .json();
            } else if (status.equals("SUBMITTED")) {
                open = ok(api.post(
                                "/api/v1/realizations/" + id + "/return",
                                auditor,
                                "{\"version\":" + version + ",\"reason\":\"angka IKM terbit\"}"))
                        .json();
            }
            draft = ok(api.put(
                            "/api/v1/realizations/" + open.path("id").asText(),
                            evaluator,
                            "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"88,66\",\"version\":"
                                    + open.path("version").asLong() + "}"))
                    .json();
        }
        String id = draft.path("id").asText();
        JsonNode submitted = ok(api.post(
                        "/api/v1/realizations/" + id + "/submit",
                        evaluator,
                        "{\"version\":" + draft.path("version").asLong() + "}"))
                .json();
        // whoever reopened or returned the value is one of its authors: another auditor verifies it (ADR 0013)
        String verifier = api.tokenForNewUser("AUDITOR", bureau);
        ok(api.post(
                "/api/v1/realizations/" + id + "/verify",
                verifier,
                "{\"version\":" + submitted.path("version").asLong() + "}"));
    }

    @Test
    void theLkjipAndThePkCarryTheEnginesFiguresInEveryFormat() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        String reader = api.tokenForNewUser("EVALUATOR");
        JsonNode decree = api.seedDecree(reader);
        String bureau = decree.path("issuingUnitId").asText();
        verifiedIkm(api, bureau, api.firstIndicatorOf(decree, reader));

        String lkjip = "/api/v1/units/" + bureau + "/reports/lkjip?year=2024";
        HttpResponse<byte[]> pdf = DecreeDocumentIT.fetch(server.getURI(), lkjip, reader, DecreeDocumentIT.PDF);
        assertThat(pdf.statusCode()).isEqualTo(200);
        DocumentFiles.savePages(pdf.body(), "lkjip-2024");
        assertThat(flat(DocumentFiles.pdfText(pdf.body())))
                .contains("LAPORAN KINERJA", "IKHTISAR EKSEKUTIF", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP")
                .contains(" 86 (Baik) 88,66 103,09 % ", "Sangat Tinggi", "017.1/RO-UM/2024")
                .doesNotContain("88.66", "103.09");
        assertThat(flat(DocumentFiles.docxText(
                        DecreeDocumentIT.fetch(server.getURI(), lkjip, reader, DecreeDocumentIT.DOCX)
                                .body())))
                .contains("86 (Baik)", "88,66", "103,09 %", "Sangat Tinggi");
        assertThat(DocumentFiles.xlsxText(DecreeDocumentIT.fetch(server.getURI(), lkjip, reader, DecreeDocumentIT.XLSX)
                        .body()))
                .contains("\t86 (Baik)\t88,66\t103,09 %\t", "\tSangat Tinggi\t");
        JsonNode json = api.get(lkjip, reader).json();
        assertThat(json.path("score").path("rating").asText()).isEqualTo("Sangat Tinggi");

        String agreement = "/api/v1/units/" + bureau + "/performance-agreements?year=2024";
        HttpResponse<byte[]> pk = DecreeDocumentIT.fetch(server.getURI(), agreement, reader, DecreeDocumentIT.PDF);
        assertThat(pk.statusCode()).isEqualTo(200);
        DocumentFiles.savePages(pk.body(), "pk-2024");
        assertThat(flat(DocumentFiles.pdfText(pk.body())))
                .contains(
                        "PERJANJIAN KINERJA TAHUN 2024",
                        "Indeks Kepuasan Masyarakat (IKM) Pelayanan Umum",
                        "86 (Baik)");
        assertThat(api.get(agreement, reader)
                        .json()
                        .path("lines")
                        .get(0)
                        .path("target")
                        .path("value")
                        .decimalValue())
                .isEqualByComparingTo("86");
        assertThat(DecreeDocumentIT.fetch(server.getURI(), lkjip, null, DecreeDocumentIT.PDF)
                        .statusCode())
                .isEqualTo(401);
        assertThat(DecreeDocumentIT.fetch(server.getURI(), agreement, null, DecreeDocumentIT.PDF)
                        .statusCode())
                .isEqualTo(401);
    }
}
