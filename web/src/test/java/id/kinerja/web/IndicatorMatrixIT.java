package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.matrix.MessyMatrix;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Matriks IKU through real HTTP on a real database: a messy matrix previewed with every doubt and committed into
 * a draft decree, checked value by value; a half-broken one refused whole; the seed decree's annex exported as
 * XLSX and imported again; the role checks.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorMatrixIT {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String planner;
    private String unit;
    private String subUnit;

    @BeforeAll
    void unitWithASubUnitAndAPlan() {
        api = new ApiClient(server.getURI());
        // a root unit is the administrator's to register, and its planner plans for it and the units under it
        unit = api.newRootUnit("Biro Matriks " + System.nanoTime());
        planner = api.plannerOf(unit);
        subUnit = created(api.post(
                "/api/v1/units",
                planner,
                "{\"parentId\":\"" + unit + "\",\"name\":\"" + MessyMatrix.SUB_UNIT
                        + "\",\"type\":\"BAGIAN\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"));
        created(api.post(
                "/api/v1/plan-periods",
                planner,
                "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"));
    }

    private static String created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    private ApiClient.Answer upload(String token, String unitId, String fileName, String type, byte[] content) {
        return MatrixUploads.toApi(server.getURI(), token, unitId, fileName, type, content);
    }

    private ApiClient.Answer uploadCsv(String csv) {
        return upload(planner, unit, "matriks.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode previewRow(JsonNode preview, int line) {
        for (JsonNode row : preview.path("rows")) {
            if (row.path("row").asInt() == line) {
                return row;
            }
        }
        throw new AssertionError("no row " + line + " in " + preview);
    }

    private static List<String> codes(JsonNode notes) {
        List<String> codes = new ArrayList<>();
        notes.forEach(note -> codes.add(note.path("code").asText()));
        return codes;
    }

    private int decreeCount() {
        return api.get("/api/v1/decrees?size=1", planner)
                .json()
                .path("totalItems")
                .asInt();
    }

    @Test
    void aMessyMatrixLandsInADraftDecreeValueByValue() {
        ApiClient.Answer uploaded = uploadCsv(MessyMatrix.CSV);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode preview = uploaded.json();
        assertThat(preview.path("committable").asBoolean()).isTrue();
        assertThat(preview.path("headerRows").asInt()).isEqualTo(2);
        assertThat(preview.path("refusals")).isEmpty();
        assertThat(preview.path("rows")).hasSize(6);
        // every doubt flagged, in both languages, on its column
        assertThat(codes(previewRow(preview, 5).path("doubts")))
                .containsExactly("matrix.doubt.unit-split", "matrix.doubt.not-applicable");
        assertThat(codes(previewRow(preview, 6).path("doubts")))
                .contains("matrix.doubt.dot-as-decimal", "matrix.doubt.unit-split", "matrix.doubt.direction-from-name");
        assertThat(codes(previewRow(preview, 7).path("doubts")))
                .contains(
                        "matrix.doubt.dot-as-thousands",
                        "matrix.doubt.unit-split",
                        "matrix.doubt.direction-assumed",
                        "matrix.doubt.responsible-unknown");
        assertThat(codes(previewRow(preview, 8).path("doubts"))).contains("matrix.doubt.direction-from-name");
        JsonNode decimalDoubt = previewRow(preview, 6).path("doubts").get(0);
        assertThat(decimalDoubt.path("column").asText()).isEqualTo("Target 2024");
        assertThat(decimalDoubt.path("messages").path("id").asText())
                .contains("3.5")
                .contains("3,5");
        assertThat(decimalDoubt.path("messages").path("en").asText()).contains("decimal point");
        assertThat(previewRow(preview, 6).path("directionToConfirm").asBoolean())
                .isTrue();
        assertThat(previewRow(preview, 6).path("polarity").asText()).isEqualTo("LOWER_IS_BETTER");
        assertThat(previewRow(preview, 10).path("directionToConfirm").asBoolean())
                .isFalse();

        int before = decreeCount();
        String number = "IMPOR/" + System.nanoTime();
        // the planner confirms the proposed lower-is-better for 1.10 and 1.2, keeps higher for 1.9
        ApiClient.Answer committed = api.post(
                "/api/v1/indicator-matrices/" + preview.path("id").asText() + "/commit",
                planner,
                "{\"number\":\"" + number + "\",\"directions\":[{\"row\":6,\"polarity\":\"LOWER_IS_BETTER\"},"
                        + "{\"row\":7,\"polarity\":\"HIGHER_IS_BETTER\"},{\"row\":8,\"polarity\":\"LOWER_IS_BETTER\"}]}");
        assertThat(committed.status()).as(committed.body()).isEqualTo(201);
        assertThat(committed.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(committed.json().path("number").asText()).isEqualTo(number);
        assertThat(decreeCount()).isEqualTo(before + 1);
        String decree = committed.json().path("id").asText();

        JsonNode annex =
                api.get("/api/v1/decrees/" + decree + "/annex", planner).json();
        JsonNode rows = annex.path("rows");
        List<String> order = new ArrayList<>();
        rows.forEach(row -> order.add(row.path("indicatorCode").asText()));
        assertThat(order).as("1.10 after 1.9").containsExactly("1.1", "1.2", "1.9", "1.10", "2.1", "2.2");
        assertThat(rows.get(0).path("objective").asText()).isEqualTo("Meningkatkan kualitas pelayanan umum");
        assertThat(rows.get(4).path("objective").asText()).isEqualTo("Mewujudkan akuntabilitas keuangan");

        JsonNode onTime = indicator(rows.get(0));
        assertThat(onTime.path("name").asText()).isEqualTo("Persentase layanan selesai tepat waktu");
        assertThat(onTime.path("definition").asText()).isEqualTo("Layanan yang selesai dalam waktu standar");
        assertThat(onTime.path("formula").asText()).isEqualTo("Layanan tepat waktu / seluruh layanan x 100%");
        assertThat(onTime.path("unitOfMeasure").asText()).isEqualTo("%");
        assertThat(onTime.path("polarity").asText()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(onTime.path("dataSource").asText()).isEqualTo("Laporan layanan");
        assertThat(onTime.path("responsibleUnitId").asText()).isEqualTo(subUnit);
        assertThat(onTime.path("baseline").path("value").decimalValue()).isEqualByComparingTo("80");
        assertThat(onTime.path("baseline").path("year").asInt()).isEqualTo(2023);
        assertThat(targets(onTime)).as("N/A in 2026 is no target, not 0").containsExactly("2024=85", "2025=87,5");

        JsonNode complaints = indicator(rows.get(1));
        assertThat(complaints.path("unitOfMeasure").asText()).isEqualTo("kali");
        assertThat(complaints.path("polarity").asText()).isEqualTo("LOWER_IS_BETTER");
        assertThat(targets(complaints)).containsExactly("2024=60", "2025=50", "2026=40");

        JsonNode archives = indicator(rows.get(2));
        assertThat(archives.path("unitOfMeasure").asText()).isEqualTo("bh");
        assertThat(archives.path("polarity").asText()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(archives.path("responsibleUnitId").asText()).isEqualTo(unit);
        assertThat(archives.path("baseline").path("value").decimalValue()).isEqualByComparingTo("1200");
        assertThat(targets(archives)).containsExactly("2024=1.500", "2025=2.000", "2026=2.500");

        JsonNode waiting = indicator(rows.get(3));
        assertThat(waiting.path("name").asText()).isEqualTo("Waktu rata-rata penyelesaian surat");
        assertThat(waiting.path("unitOfMeasure").asText()).isEqualTo("hari");
        assertThat(waiting.path("polarity").asText()).isEqualTo("LOWER_IS_BETTER");
        assertThat(waiting.path("baseline").isNull() || waiting.path("baseline").isMissingNode())
                .isTrue();
        assertThat(targets(waiting)).as("3.5 beside 3,75").containsExactly("2024=3,5", "2025=3,75", "2026=2");

        JsonNode opinion = indicator(rows.get(4));
        assertThat(opinion.path("kind").asText()).isEqualTo("QUALITATIVE");
        assertThat(opinion.path("polarity").asText()).isEqualTo("QUALITATIVE");
        assertThat(targets(opinion)).containsExactly("2024=WTP", "2025=WTP", "2026=WTP");

        JsonNode index = indicator(rows.get(5));
        assertThat(index.path("kind").asText()).isEqualTo("SATISFACTION_INDEX");
        assertThat(index.path("unitOfMeasure").asText()).isEqualTo("indeks");
        assertThat(targets(index)).containsExactly("2024=86 (Baik)", "2025=87,50", "2026=89,50 (Sangat Baik)");

        ApiClient.Answer again = api.post(
                "/api/v1/indicator-matrices/" + preview.path("id").asText() + "/commit",
                planner,
                "{\"number\":\"" + number + "-2\"}");
        assertThat(again.status()).as("one matrix, one decree").isEqualTo(409);
        assertThat(again.json().path("code").asText()).isEqualTo("matrix.already-committed");
    }

    private JsonNode indicator(JsonNode annexRow) {
        return api.get("/api/v1/indicators/" + annexRow.path("indicatorId").asText(), planner)
                .json();
    }

    private static List<String> targets(JsonNode indicator) {
        List<String> targets = new ArrayList<>();
        indicator
                .path("targets")
                .forEach(t -> targets.add(
                        t.path("year").asInt() + "=" + t.path("display").asText()));
        return targets;
    }

    @Test
    void aHalfBrokenMatrixIsPreviewedWithItsErrorsAndCommitsNothing() {
        ApiClient.Answer uploaded = uploadCsv(MessyMatrix.HALF_BROKEN);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        JsonNode preview = uploaded.json();
        assertThat(preview.path("committable").asBoolean()).isFalse();
        List<String> refusals = new ArrayList<>();
        preview.path("refusals")
                .forEach(r -> refusals.add(r.path("row").asInt() + " "
                        + r.path("column").asText() + " " + r.path("code").asText()));
        assertThat(refusals)
                .containsExactly("5 Target 2025 number.unreadable", "8 Target 2025 matrix.words-among-numbers");

        int before = decreeCount();
        String commit = "/api/v1/indicator-matrices/" + preview.path("id").asText() + "/commit";
        String body = "{\"number\":\"RUSAK/" + System.nanoTime() + "\"}";
        ApiClient.Answer indonesian = api.send("POST", commit, planner, "application/json", body);
        ApiClient.Answer english =
                api.send("POST", commit, planner, "application/json", body, Map.of("Accept-Language", "en"));

        for (ApiClient.Answer refused : List.of(indonesian, english)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            JsonNode problem = refused.json();
            assertThat(problem.path("code").asText()).isEqualTo("file.refused");
            assertThat(problem.path("errors")).hasSize(2);
            assertThat(problem.path("errors").get(0).path("row").asInt()).isEqualTo(5);
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("Target 2025");
        }
        assertThat(indonesian.json().path("detail").asText()).contains("tidak ada yang disimpan");
        assertThat(english.json().path("detail").asText()).contains("nothing was stored");
        assertThat(english.json()
                        .path("errors")
                        .get(1)
                        .path("messages")
                        .path("en")
                        .asText())
                .contains("banyak");
        assertThat(decreeCount()).as("nothing written").isEqualTo(before);
    }

    @Test
    void theSeedDecreesAnnexExportedAsXlsxComesBackAsTheSameDecree() throws Exception {
        // the copy is the seed bureau's: a planner of that bureau imports it (ADR 0020)
        String planner = api.plannerOf(api.seedUnitId());
        JsonNode seed = api.seedDecree(planner);
        String seedId = seed.path("id").asText();
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/decrees/" + seedId))
                                .header("Accept", XLSX)
                                .header("Authorization", "Bearer " + planner)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);

        ApiClient.Answer uploaded =
                upload(planner, seed.path("issuingUnitId").asText(), "keputusan.xlsx", XLSX, xlsx.body());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().path("committable").asBoolean())
                .as(uploaded.body())
                .isTrue();
        ApiClient.Answer committed = api.post(
                "/api/v1/indicator-matrices/" + uploaded.json().path("id").asText() + "/commit",
                planner,
                "{\"number\":\"SALINAN/" + System.nanoTime() + "\"}");
        assertThat(committed.status()).as(committed.body()).isEqualTo(201);

        JsonNode original =
                api.get("/api/v1/decrees/" + seedId + "/annex", planner).json();
        JsonNode copy = api.get("/api/v1/decrees/" + committed.json().path("id").asText() + "/annex", planner)
                .json();
        assertThat(copy.path("years")).isEqualTo(original.path("years"));
        assertThat(copy.path("rows")).hasSize(original.path("rows").size());
        for (int i = 0; i < original.path("rows").size(); i++) {
            JsonNode was = original.path("rows").get(i);
            JsonNode is = copy.path("rows").get(i);
            for (String field : List.of(
                    "objective",
                    "indicatorCode",
                    "indicator",
                    "definition",
                    "formula",
                    "unitOfMeasure",
                    "dataSource")) {
                assertThat(is.path(field)).as(field).isEqualTo(was.path(field));
            }
            assertThat(is.path("targets")).as("targets").isEqualTo(was.path("targets"));
            JsonNode wasIndicator = indicator(was);
            JsonNode isIndicator = indicator(is);
            for (String field : List.of("kind", "polarity", "responsibleUnitId", "baseline", "frequency")) {
                assertThat(isIndicator.path(field)).as(field).isEqualTo(wasIndicator.path(field));
            }
        }
        JsonNode objectives = api.get(
                        "/api/v1/decrees/" + committed.json().path("id").asText() + "/objectives", planner)
                .json();
        JsonNode seedObjectives =
                api.get("/api/v1/decrees/" + seedId + "/objectives", planner).json();
        assertThat(objectives.get(0).path("code"))
                .isEqualTo(seedObjectives.get(0).path("code"));
        assertThat(objectives.get(0).path("statement"))
                .isEqualTo(seedObjectives.get(0).path("statement"));
    }

    @Test
    void onlyPlannersImportAndRefusalsAreProblems() {
        byte[] csv = MessyMatrix.CSV.getBytes(StandardCharsets.UTF_8);
        assertThat(upload(null, unit, "m.csv", "text/csv", csv).status()).isEqualTo(401);
        String evaluator = api.tokenForNewUser("EVALUATOR", unit);
        assertThat(upload(evaluator, unit, "m.csv", "text/csv", csv).status()).isEqualTo(403);
        String previewed = uploadCsv(MessyMatrix.CSV).json().path("id").asText();
        String commit = "/api/v1/indicator-matrices/" + previewed + "/commit";
        assertThat(api.post(commit, null, "{\"number\":\"X\"}").status()).isEqualTo(401);
        assertThat(api.post(commit, evaluator, "{\"number\":\"X\"}").status()).isEqualTo(403);

        ApiClient.Answer notAUnit = upload(planner, "bukan-unit", "m.csv", "text/csv", csv);
        assertThat(notAUnit.status()).isEqualTo(422);
        assertThat(notAUnit.contentType()).startsWith("application/problem+json");
        assertThat(notAUnit.json().path("code").asText()).isEqualTo("matrix.unit-unreadable");
        ApiClient.Answer noUnit = upload(planner, java.util.UUID.randomUUID().toString(), "m.csv", "text/csv", csv);
        assertThat(noUnit.status()).isEqualTo(404);
        ApiClient.Answer broken =
                upload(planner, unit, "m.xlsx", XLSX, "bukan buku kerja".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json().path("code").asText()).isEqualTo("file.refused");
        ApiClient.Answer unknownRow = api.post(
                commit,
                planner,
                "{\"number\":\"Y/" + System.nanoTime()
                        + "\",\"directions\":[{\"row\":99,\"polarity\":\"LOWER_IS_BETTER\"}]}");
        assertThat(unknownRow.status()).isEqualTo(422);
        assertThat(unknownRow.json().path("code").asText()).isEqualTo("matrix.direction-row-unknown");
        assertThat(unknownRow.json().path("messages").path("id").asText()).contains("99");
        assertThat(unknownRow.json().path("messages").path("en").asText()).contains("99");
    }

    @Test
    void thePagesUploadPreviewConfirmAndCommit() {
        URI base = server.getURI();
        String boundary = MatrixUploads.boundary();
        ApiClient.Answer uploaded = MatrixUploads.send(MatrixUploads.page(base, "/matriks", planner)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(MatrixUploads.body(
                        boundary, unit, "matriks.csv", "text/csv", MessyMatrix.CSV.getBytes(StandardCharsets.UTF_8))))
                .build());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(303);
        String previewPath = uploaded.headers().get("Location");
        assertThat(previewPath).startsWith("/matriks/");

        ApiClient.Answer preview = MatrixUploads.send(
                MatrixUploads.page(base, previewPath, planner).GET().build());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Waktu rata-rata penyelesaian surat")
                .contains("titik dibaca sebagai tanda desimal")
                .contains("mohon dikonfirmasi")
                .contains("id=\"arah-6\"")
                .contains("N/A");

        String number = "HALAMAN/" + System.nanoTime();
        String form = "number=" + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "&arah=6%3ALOWER_IS_BETTER&arah=7%3ASTABILIZE&arah=&arah=";
        ApiClient.Answer committed = MatrixUploads.send(MatrixUploads.page(base, previewPath + "/simpan", planner)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(committed.status()).as(committed.body()).isEqualTo(303);
        String decree = committed.headers().get("Location").replace("/keputusan/", "");
        JsonNode rows =
                api.get("/api/v1/decrees/" + decree + "/annex", planner).json().path("rows");
        assertThat(indicator(rows.get(2)).path("polarity").asText())
                .as("1.9 confirmed on the page as one to keep stable")
                .isEqualTo("STABILIZE");

        ApiClient.Answer again = MatrixUploads.send(MatrixUploads.page(base, previewPath + "/simpan", planner)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("number=LAGI&arah=&arah="))
                .build());
        assertThat(again.status())
                .as("the page again, with the refusal beside the form")
                .isEqualTo(409);
        assertThat(again.body()).contains("galat-simpan");

        String evaluator = api.tokenForNewUser("EVALUATOR", unit);
        assertThat(MatrixUploads.send(MatrixUploads.page(base, "/matriks", evaluator)
                                .GET()
                                .build())
                        .status())
                .isEqualTo(403);
    }
}
