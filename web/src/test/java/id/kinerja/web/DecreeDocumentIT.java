package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The seed decree as documents by content negotiation on its JSON address: the PDF (annex in landscape,
 * page numbers), the DOCX and the XLSX each hold the number and all three targets, read back from the file.
 */
@MicronautTest
class DecreeDocumentIT {
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The seed decree's formula, written in LaTeX, as a document prints it. */
    private static final String FORMULA_ON_ONE_LINE =
            "(Total Nilai Persepsi Per Unsor) / (Total Unsor Yang Terisi) × Nilai Penimbang";

    @Inject
    EmbeddedServer server;

    static HttpResponse<byte[]> fetch(URI base, String path, String token, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theSeedDecreeAsPdfDocxAndXlsxHoldsItsNumberAndTargets() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        String evaluator = api.tokenForNewUser("EVALUATOR");
        JsonNode decree = api.seedDecree(evaluator);
        String path = "/api/v1/decrees/" + decree.path("id").asText();

        HttpResponse<byte[]> pdf = fetch(server.getURI(), path, evaluator, PDF);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PDF));
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition -> assertThat(disposition).contains(".pdf"));
        String text = DocumentFiles.pdfText(pdf.body());
        assertThat(text).contains("017.1/RO-UM/2024", "Indeks", "86", "87,50", "89,50", "Halaman 1 dari");
        assertThat(text).doesNotContain("87.50", "89.50");
        // the formula is stored as LaTeX; on paper it reads as one line of words, not as code
        assertThat(text).doesNotContain("frac", "\\text", "$");
        assertThat(text.replaceAll("\\s+", " ")).contains(FORMULA_ON_ONE_LINE);
        int pages = DocumentFiles.pdfPages(pdf.body());
        assertThat(DocumentFiles.landscape(pdf.body(), 0)).isFalse();
        assertThat(DocumentFiles.landscape(pdf.body(), pages - 1)).isTrue();
        DocumentFiles.savePages(pdf.body(), "keputusan-017.1");
        assertThat(fetch(server.getURI(), path, evaluator, PDF).body())
                .as("the same decree renders to the same bytes")
                .isEqualTo(pdf.body());

        HttpResponse<byte[]> docx = fetch(server.getURI(), path, evaluator, DOCX);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(DocumentFiles.docxText(docx.body()))
                .contains(
                        "017.1/RO-UM/2024",
                        "Indeks Kepuasan Masyarakat (IKM) Pelayanan Umum",
                        "86 (Baik)",
                        "87,50 (Baik)",
                        "89,50 (Sangat Baik)",
                        FORMULA_ON_ONE_LINE);

        HttpResponse<byte[]> xlsx = fetch(server.getURI(), path, evaluator, XLSX);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(DocumentFiles.xlsxText(xlsx.body()))
                .contains(
                        "Indeks Kepuasan Masyarakat (IKM) Pelayanan Umum",
                        "\t86 (Baik)\t",
                        "\t87,50 (Baik)\t",
                        "\t89,50 (Sangat Baik)\t",
                        // the sheet keeps the formula as written: it comes back through the matrix import
                        "\t$\\frac{\\text{Total Nilai Persepsi Per Unsor}}");

        HttpResponse<byte[]> json = fetch(server.getURI(), path, evaluator, "application/json");
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(fetch(server.getURI(), path, null, PDF).statusCode()).isEqualTo(401);
    }
}
