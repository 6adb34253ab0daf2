package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One rule for the target basis (ADR 0024, ADR 0036): a unit with a signed Perjanjian Kinerja is measured against
 * the PK's target by every reader — its own attainment, the recap (API and page), the public page and the
 * cascade — and each says which basis it used. The IKU target 80 and the PK target 76 against a realization of
 * 76 tell them apart: 95,00 % against the IKU, 100,00 % against the PK.
 */
@MicronautTest
class TargetBasisEverywhereIT {
    private static final String FIRST = "{\"name\":\"Drs. H. Ahmad Yani, M.Si\",\"position\":\"Kepala Bagian\","
            + "\"nip\":\"197001011995031001\"}";
    private static final String SECOND =
            "{\"name\":\"Dr. Siti Aminah\",\"position\":\"Kepala Biro\",\"nip\":\"196805121990032002\"}";

    @Inject
    EmbeddedServer server;

    private static JsonNode ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }

    @Test
    void aSignedPkIsTheBasisOfTheRecapThePublicPageAndTheCascade() {
        ApiClient api = new ApiClient(server.getURI());
        String root = api.newRootUnit("Biro Induk PK " + Long.toHexString(System.nanoTime()));
        String planner = api.plannerOf(root);
        String unit = ok(api.post(
                        "/api/v1/units",
                        planner,
                        "{\"parentId\":\"" + root + "\",\"name\":\"Bagian Uji Basis\",\"type\":\"BAGIAN\","
                                + "\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"))
                .path("id")
                .asText();
        String period = ok(api.post(
                        "/api/v1/plan-periods",
                        planner,
                        "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"))
                .path("id")
                .asText();
        String decree = ok(api.post(
                        "/api/v1/decrees",
                        planner,
                        "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"" + Long.toHexString(System.nanoTime())
                                + "/DT/2024\",\"title\":\"INDIKATOR KINERJA UTAMA\",\"issuingOfficial\":\"KEPALA\","
                                + "\"signatory\":{\"name\":\"A\",\"position\":\"KEPALA\"},"
                                + "\"decisions\":[\"IKU sebagaimana tercantum dalam Lampiran.\"],"
                                + "\"place\":\"Pontianak\"}"))
                .path("id")
                .asText();
        String objective = ok(api.post(
                        "/api/v1/decrees/" + decree + "/objectives",
                        planner,
                        "{\"planPeriodId\":\"" + period + "\",\"code\":\"1\",\"statement\":\"Meningkatnya layanan\"}"))
                .path("id")
                .asText();
        String indicator = ok(api.post(
                        "/api/v1/objectives/" + objective + "/indicators",
                        planner,
                        WriteRouteScenarios.numericIndicatorBody("[{\"year\":2024,\"value\":80}]", null)))
                .path("id")
                .asText();
        ok(api.post("/api/v1/decrees/" + decree + "/enact", planner, "{\"version\":0,\"enactedOn\":\"2024-01-03\"}"));

        // the year's realization 76, verified
        String evaluator = api.tokenForNewUser("EVALUATOR", unit);
        String auditor = api.tokenForNewUser("AUDITOR", unit);
        JsonNode draft = ok(api.post(
                "/api/v1/indicators/" + indicator + "/realizations",
                evaluator,
                "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"76\"}"));
        JsonNode submitted = ok(api.post(
                "/api/v1/realizations/" + draft.path("id").asText() + "/submit",
                evaluator,
                "{\"version\":" + draft.path("version").asLong() + "}"));
        ok(api.post(
                "/api/v1/realizations/" + draft.path("id").asText() + "/verify",
                auditor,
                "{\"version\":" + submitted.path("version").asLong() + "}"));

        String recap = "/api/v1/recap?year=2024&parent=" + root;
        JsonNode beforePk =
                ok(api.get(recap, auditor)).path("units").path("items").get(0);
        assertThat(beforePk.path("targetBasis").asText()).isEqualTo("IKU");
        assertThat(beforePk.path("score").decimalValue()).isEqualByComparingTo("95.00");

        // the PK: target 76 for the budget cut, signed
        JsonNode pk = ok(api.post(
                "/api/v1/units/" + unit + "/performance-agreements",
                planner,
                "{\"year\":2024,\"firstParty\":" + FIRST + ",\"secondParty\":" + SECOND + ",\"programmes\":["
                        + "{\"code\":\"1.01.01\",\"name\":\"Program Penunjang\",\"budget\":\"1.500.000,00\"}]}"));
        String agreement = pk.path("id").asText();
        ok(api.put(
                "/api/v1/performance-agreements/" + agreement + "/targets/" + indicator,
                planner,
                "{\"version\":0,\"target\":{\"year\":2024,\"value\":\"76\"},\"reason\":\"pagu dipotong\"}"));
        ok(api.post(
                "/api/v1/performance-agreements/" + agreement + "/sign",
                planner,
                "{\"version\":1,\"signedOn\":\"2024-01-15\"}"));

        // the unit's own attainment, the reference
        JsonNode own = ok(api.get("/api/v1/units/" + unit + "/attainment?year=2024", auditor));
        assertThat(own.path("targetBasis").path("basis").asText()).isEqualTo("AGREEMENT");
        assertThat(own.path("score").path("percent").decimalValue()).isEqualByComparingTo("100.00");

        // the recap says the same, and which basis
        JsonNode line = ok(api.get(recap, auditor)).path("units").path("items").get(0);
        assertThat(line.path("unitId").asText()).isEqualTo(unit);
        assertThat(line.path("targetBasis").asText()).isEqualTo("AGREEMENT");
        assertThat(line.path("agreementVersion").asInt()).isEqualTo(1);
        assertThat(line.path("score").decimalValue()).isEqualByComparingTo("100.00");
        ApiClient.Answer recapPage = api.send(
                "GET",
                "/rekap?tahun=2024&induk=" + root,
                null,
                null,
                null,
                Map.of("Cookie", "JWT=" + auditor, "Accept", "text/html"));
        assertThat(recapPage.status()).isEqualTo(200);
        assertThat(recapPage.body()).contains("Target PK versi 1", "100,00 %");

        // the cascade too
        JsonNode cascade = ok(api.get("/api/v1/cascade?year=2024&unit=" + root, auditor));
        JsonNode child = cascade.path("units").get(0).path("children").get(0);
        assertThat(child.path("targetBasis").asText()).isEqualTo("AGREEMENT");
        assertThat(child.path("score").path("percent").decimalValue()).isEqualByComparingTo("100.00");

        // the public page, once the unit publishes and the year is closed
        ok(api.put("/api/v1/units/" + unit + "/publication", planner, "{\"published\":true}"));
        ok(api.post("/api/v1/units/" + unit + "/years/2024/close", auditor, "{\"reason\":\"LKjIP 2024 final\"}"));
        ApiClient.Answer published = api.send("GET", "/publik/" + unit + "/2024", null, null, null, Map.of());
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.body())
                .contains("id=\"nilai-unit\">100,00 %")
                .contains("Perjanjian Kinerja versi 1", "15 Januari 2024");
    }
}
