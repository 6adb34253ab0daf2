package id.kinerja.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.web.ApiClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each kind of input that once answered 500 (issue 11), sent once on purpose: refused with the field named in
 * both languages, no class or library named, nothing stored.
 */
@MicronautTest
class MalformedInputIT {
    @Inject
    EmbeddedServer server;

    private ApiClient api() {
        return new ApiClient(server.getURI());
    }

    private static void namesNoClass(ApiClient.Answer answer) {
        assertThat(answer.body())
                .doesNotContain("java.")
                .doesNotContain("id.kinerja")
                .doesNotContain("io.micronaut")
                .doesNotContain("com.fasterxml")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownImportModeIsRefusedByItsNameWithoutAClassName() {
        ApiClient api = api();
        String evaluator = api.tokenForNewUser("EVALUATOR");
        ApiClient.Answer answer = api.send(
                "POST",
                "/api/v1/surveys/" + java.util.UUID.randomUUID() + "/responses?mode=BOGUS",
                evaluator,
                "text/csv",
                "layanan;U1\n");

        JsonNode problem = answer.problem(400, "request.malformed");
        assertThat(problem.path("field").asText()).isEqualTo("mode");
        assertThat(problem.path("errors").get(0).path("messages").path("id").asText())
                .contains("mode");
        namesNoClass(answer);
    }

    @Test
    void aNulOrATextLongerThanItsColumnIsRefusedByItsFieldAndNothingIsStored() {
        ApiClient api = api();
        String planner = api.tokenForNewUser("PLANNER");
        String name = "Unit uji " + Long.toHexString(System.nanoTime());

        ApiClient.Answer nul = api.post(
                "/api/v1/units", planner, "{\"name\":\"" + name + "\\u0000\",\"type\":\"BIRO\",\"tasks\":[\"Tugas\"]}");
        JsonNode refusedNul = nul.problem(422, "text.control-character");
        assertThat(refusedNul.path("field").asText()).isEqualTo("name");

        ApiClient.Answer tooLong = api.post(
                "/api/v1/units",
                planner,
                "{\"name\":\"" + name + "\",\"type\":\"BIRO\",\"tasks\":[\"Tugas\",\"" + "t".repeat(8001) + "\"]}");
        JsonNode refusedLong = tooLong.problem(422, "text.too-long");
        assertThat(refusedLong.path("field").asText()).isEqualTo("tasks[1]");
        assertThat(refusedLong.path("messages").path("en").asText()).contains("8000");

        assertThat(api.get("/api/v1/units?size=200", planner).body()).doesNotContain(name);
    }

    @Test
    void aNullInsideAListOrAServiceListedTwiceIsRefusedByItsField() {
        ApiClient api = api();
        String planner = api.tokenForNewUser("PLANNER");
        ApiClient.Answer nullBand = api.post(
                "/api/v1/rating-scales",
                planner,
                "{\"name\":\"Skala uji\",\"bands\":[{\"from\":90,\"label\":\"Baik\"},null]}");
        assertThat(nullBand.problem(422, "validation.failed").path("field").asText())
                .startsWith("bands[1]");

        String unit = api.firstUnitId(planner);
        String evaluator = api.tokenForNewUser("EVALUATOR", unit);
        ApiClient.Answer twice = api.post(
                "/api/v1/surveys",
                evaluator,
                "{\"unitId\":\"" + unit + "\",\"year\":2025,\"methodology\":\"PERMENPANRB_14_2017\","
                        + "\"services\":[\"Layanan A\",\"Layanan A\"]}");
        assertThat(twice.problem(422, "survey.duplicate-service").path("field").asText())
                .isEqualTo("services");
    }

    @Test
    void anEmptyOrBrokenWorkbookIsARefusedFileNotAServerError() {
        ApiClient api = api();
        String admin = api.adminToken();
        String unit = api.seedDecree(admin).path("issuingUnitId").asText();
        String evaluator = api.tokenForNewUser("EVALUATOR", unit);
        String survey = api.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + unit + "\",\"year\":2025,\"methodology\":\"PERMENPANRB_14_2017\"}")
                .json()
                .path("id")
                .asText();

        for (byte[] workbook : new byte[][] {new byte[0], "bukan buku kerja".getBytes(StandardCharsets.UTF_8)}) {
            ApiClient.Answer answer = api.upload(
                    "/api/v1/surveys/" + survey + "/responses",
                    evaluator,
                    "jawaban.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    workbook);
            JsonNode problem = answer.problem(422, "file.refused");
            assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("file.malformed-xlsx");
            assertThat(problem.path("errors").get(0).path("messages").path("id").asText())
                    .contains("buku kerja");
            namesNoClass(answer);
        }
    }

    @Test
    void aNulInAnEvidenceFileNameIsRefusedAndAMalformedPartTypeIsNoServerError() {
        ApiClient api = api();
        String admin = api.adminToken();
        JsonNode decree = api.seedDecree(admin);
        String unit = decree.path("issuingUnitId").asText();
        String evaluator = api.tokenForNewUser("EVALUATOR", unit);
        String realization = api.get("/api/v1/realizations?size=1", admin)
                .json()
                .path("items")
                .path(0)
                .path("id")
                .asText(java.util.UUID.randomUUID().toString());

        ApiClient.Answer nulName = api.upload(
                "/api/v1/realizations/" + realization + "/evidence",
                evaluator,
                "bukti\u0000.pdf",
                "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        assertThat(nulName.status()).as(nulName.body()).isIn(404, 422);
        if (nulName.status() == 422) {
            assertThat(nulName.json().path("field").asText()).isEqualTo("file");
        }

        ApiClient.Answer oddType = api.upload(
                "/api/v1/realizations/" + realization + "/evidence",
                evaluator,
                "bukti.pdf",
                "bukan/jenis;;",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        assertThat(oddType.status()).as(oddType.body()).isLessThan(500);
        namesNoClass(oddType);
    }

    @Test
    void theLanguageSwitchGoesHomeFromAnAddressThatIsNotOne() {
        ApiClient api = api();
        ApiClient.Answer spaced = api.get("/bahasa/en?ke=/a%20b", null);
        assertThat(spaced.status()).isEqualTo(303);
        assertThat(spaced.headers().get("Location")).isIn("/a%20b", "/");

        ApiClient.Answer nul = api.get("/bahasa/en?ke=/%00", null);
        assertThat(nul.status()).isEqualTo(303);
        assertThat(nul.headers().get("Location")).isEqualTo("/");
    }

    @Test
    void aFormBodyThatCannotBeSplitIntoFieldsIsABadRequest() {
        ApiClient api = api();
        String auditor = api.tokenForNewUser("AUDITOR");
        ApiClient.Answer answer = api.send(
                "POST",
                "/tahun",
                null,
                "application/x-www-form-urlencoded",
                "unitId=x&year=2025&%zz",
                Map.of("Cookie", "JWT=" + auditor, "Accept", "text/html", "Sec-Fetch-Site", "same-origin"));

        answer.problem(400, "request.unreadable-body");
    }

    @Test
    void aReasonLongerThanItsColumnShowsTheYearFormAgainWithTheMessage() {
        ApiClient api = api();
        String admin = api.adminToken();
        String unit = api.firstUnitId(admin);
        ApiClient.Answer answer = api.send(
                "POST",
                "/tahun",
                null,
                "application/x-www-form-urlencoded",
                "unitId=" + unit + "&year=2031&action=close&reason=" + "r".repeat(2001),
                Map.of("Cookie", "JWT=" + admin, "Accept", "text/html", "Sec-Fetch-Site", "same-origin"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("2000");
        namesNoClass(answer);
    }
}
