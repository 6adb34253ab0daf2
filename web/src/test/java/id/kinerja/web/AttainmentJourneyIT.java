package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.fixtures.Fixtures;
import id.kinerja.domain.shared.IndonesianNumber;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The year of the seed unit from survey to audit, through HTTP on this run's database: the golden survey
 * imported, its IKM recorded as the 2024 realization with evidence, submitted and verified, the unit's
 * attainment with rating and category check, the year closed, an edit refused, and the audit trail showing
 * all of it, the refusals included.
 */
@MicronautTest
class AttainmentJourneyIT {
    @Inject
    EmbeddedServer server;

    private static Path golden(String name) {
        return Fixtures.golden(name);
    }

    private static JsonNode item(JsonNode items, String field, String value) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(node -> node.path(field).asText().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " = " + value + " in " + items));
    }

    private static ApiClient.Answer created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer;
    }

    @Test
    void fromTheGoldenSurveyToAVerifiedClosedAndAuditedYear() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        String auditor = api.tokenForNewUser("AUDITOR");
        JsonNode decree = api.seedDecree(auditor);
        String bureau = decree.path("issuingUnitId").asText();
        String evaluator = api.tokenForNewUser("EVALUATOR", bureau);
        String evaluatorName =
                api.get("/api/v1/auth/me", evaluator).json().path("username").asText();
        String indicator = api.firstIndicatorOf(decree, evaluator);

        // The golden survey, imported and recorded as the indicator's 2024 realization
        String survey = created(api.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + bureau + "\",\"indicatorId\":\"" + indicator
                                + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"}"))
                .json()
                .path("id")
                .asText();
        created(api.send(
                "POST",
                "/api/v1/surveys/" + survey + "/responses",
                evaluator,
                "text/csv",
                Files.readString(golden("skm-seed-services-2024.csv"), StandardCharsets.UTF_8)));
        BigDecimal ikm = new BigDecimal(ApiClient.JSON
                .readTree(golden("skm-seed-services-2024.expected.json").toFile())
                .path("expected")
                .path("pooled")
                .path("exact")
                .asText());
        JsonNode realization = created(api.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":2024,\"fromSurvey\":\"" + survey + "\",\"supportingFactors\":\"Survei 4 layanan\","
                                + "\"inhibitingFactors\":\"Antrean panjang\",\"followUp\":\"Loket tambahan\"}"))
                .json();
        String id = realization.path("id").asText();
        assertThat(realization.path("value").decimalValue()).isEqualTo(ikm);
        assertThat(realization.path("period").asText()).isEqualTo("ANNUAL");
        assertThat(realization.path("source").path("kind").asText()).isEqualTo("SURVEY");
        assertThat(realization.path("source").path("reference").asText()).startsWith(survey + "/1");
        assertThat(realization.path("status").asText()).isEqualTo("DRAFT");
        String outsider = api.tokenForNewUser("EVALUATOR");
        api.post("/api/v1/realizations/" + id + "/submit", outsider, "{\"version\":0}")
                .problem(403, "realization.not-responsible");

        // Evidence: a file kept with its checksum, and a link
        byte[] report = "Laporan SKM Biro Umum 2024".getBytes(StandardCharsets.UTF_8);
        JsonNode file = created(api.upload(
                        "/api/v1/realizations/" + id + "/evidence",
                        evaluator,
                        "laporan-skm-2024.pdf",
                        "application/pdf",
                        report))
                .json();
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(report));
        assertThat(file.path("sha256").asText()).isEqualTo(sha256);
        HttpResponse<byte[]> download = api.download(file.path("download").asText(), auditor);
        assertThat(download.body()).isEqualTo(report);
        assertThat(download.headers().firstValue("ETag")).contains("\"" + sha256 + "\"");
        created(api.post(
                "/api/v1/realizations/" + id + "/evidence",
                evaluator,
                "{\"title\":\"Dokumen SKM\",\"url\":\"https://biroumum.kalbarprov.go.id/skm-2024\"}"));

        // Review: submitted by the evaluator; the evaluator may not verify; an auditor verifies
        JsonNode submitted = created(api.post("/api/v1/realizations/" + id + "/submit", evaluator, "{\"version\":0}"))
                .json();
        assertThat(submitted.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.path("evidence")).hasSize(2);
        api.post("/api/v1/realizations/" + id + "/verify", evaluator, "{\"version\":1}")
                .problem(403, "auth.forbidden");
        assertThat(api.get("/api/v1/realizations?status=SUBMITTED&size=200", auditor)
                        .body())
                .contains(id);
        api.post("/api/v1/realizations/" + id + "/verify", auditor, "{\"version\":0}")
                .problem(409, "version.stale");
        JsonNode verified = created(api.post("/api/v1/realizations/" + id + "/verify", auditor, "{\"version\":1}"))
                .json();
        assertThat(verified.path("status").asText()).isEqualTo("VERIFIED");

        // The unit's 2024 evaluation: the number, the rating, and the promised category checked apart
        JsonNode evaluation = api.get("/api/v1/units/" + bureau + "/attainment?year=2024", auditor)
                .json();
        assertThat(evaluation.path("decree").path("number").asText()).isEqualTo("017.1/RO-UM/2024");
        JsonNode ikmIndicator = item(evaluation.path("objectives").get(0).path("indicators"), "id", indicator);
        JsonNode year = ikmIndicator.path("evaluation");
        BigDecimal target = year.path("target").path("value").decimalValue();
        BigDecimal percent = ikm.multiply(new BigDecimal("100")).divide(target, 2, RoundingMode.HALF_UP);
        assertThat(target).isEqualTo(new BigDecimal("86"));
        assertThat(year.path("realization").path("value").decimalValue()).isEqualTo(ikm);
        assertThat(year.path("realization").path("verified").asBoolean()).isTrue();
        assertThat(year.path("attainment").path("state").asText()).isEqualTo("COMPUTED");
        assertThat(year.path("attainment").path("percent").decimalValue()).isEqualTo(percent);
        JsonNode explanation = year.path("attainment").path("explanation");
        assertThat(explanation.path("rule").asText()).isEqualTo("attainment.higher-is-better");
        assertThat(explanation.path("arguments").get(0).decimalValue()).isEqualTo(ikm);
        assertThat(explanation.path("arguments").get(4).decimalValue()).isEqualTo(percent);
        assertThat(explanation.path("text").path("en").asText())
                .contains(ikm.toPlainString())
                .contains("R ÷ T × 100");
        assertThat(explanation.path("text").path("id").asText())
                .contains(IndonesianNumber.format(ikm))
                .contains("R ÷ T × 100");
        assertThat(year.path("rating").asText()).isEqualTo("Tinggi"); // 87,37 % lies in [76, 91)
        assertThat(year.path("categoryCheck").path("promised").asText()).isEqualTo("Baik");
        assertThat(year.path("categoryCheck").path("reached").asText()).isEqualTo("Kurang Baik");
        assertThat(year.path("categoryCheck").path("met").asBoolean()).isFalse();
        assertThat(year.path("categoryCheck").path("reachedGrade").asText()).isEqualTo("C");
        assertThat(year.path("categoryCheck").path("methodology").asText()).isEqualTo("PERMENPANRB_14_2017");
        assertThat(year.path("categoryCheck")
                        .path("explanation")
                        .path("text")
                        .path("en")
                        .asText())
                .contains("grade Poor under PermenPANRB 14/2017")
                .contains("not met");
        assertThat(ikmIndicator.path("endOfPlan").path("target").path("year").asInt())
                .isEqualTo(2026);
        assertThat(evaluation.path("score").path("percent").decimalValue()).isEqualTo(percent);
        assertThat(evaluation.path("score").path("rating").asText()).isEqualTo("Tinggi");
        assertThat(evaluation.path("ratingScale").asText()).isEqualTo("Permendagri 86/2017");
        assertThat(evaluation.path("score").path("rule").asText()).isEqualTo("MEAN_OF_INDICATORS");
        assertThat(evaluation
                        .path("score")
                        .path("explanation")
                        .path("text")
                        .path("en")
                        .asText())
                .startsWith("Score as the mean of all indicators");

        // The unit may choose the mean of its objectives' scores; the score says which rule it followed
        String planner = api.tokenForNewUser("PLANNER", bureau);
        JsonNode unit = api.get("/api/v1/units/" + bureau, planner).json();
        String byObjectives = unitWithScoreRule(unit, "MEAN_OF_OBJECTIVES");
        JsonNode chosen = created(api.put("/api/v1/units/" + bureau, planner, byObjectives))
                .json();
        assertThat(chosen.path("scoreRule").asText()).isEqualTo("MEAN_OF_OBJECTIVES");
        JsonNode rescored = api.get("/api/v1/units/" + bureau + "/attainment?year=2024", auditor)
                .json()
                .path("score");
        assertThat(rescored.path("rule").asText()).isEqualTo("MEAN_OF_OBJECTIVES");
        assertThat(rescored.path("explanation").path("text").path("id").asText())
                .startsWith("Rata-rata nilai sasaran (pilihan unit)");
        created(api.put("/api/v1/units/" + bureau, planner, unitWithScoreRule(chosen, "MEAN_OF_INDICATORS")));

        // The indicator across its plan: a year without a realization is not filled, never a number (other
        // tests on the same database may have realized 2025 or 2026, so each year is checked by its state)
        JsonNode history = api.get("/api/v1/indicators/" + indicator + "/attainment", evaluator)
                .json();
        assertThat(history.path("years")).hasSize(3);
        assertThat(history.path("years")
                        .get(0)
                        .path("attainment")
                        .path("percent")
                        .decimalValue())
                .isEqualTo(percent);
        for (JsonNode planYear : history.path("years")) {
            boolean realized =
                    planYear.path("realization").path("state").asText().equals("KNOWN");
            assertThat(planYear.path("attainment").path("state").asText())
                    .isEqualTo(realized ? "COMPUTED" : "NOT_FILLED");
            assertThat(planYear.path("attainment").path("percent").isNumber()).isEqualTo(realized);
        }

        // The year closed: no more changes, not even a correction
        JsonNode closed = created(api.post(
                        "/api/v1/units/" + bureau + "/years/2024/close", auditor, "{\"reason\":\"LKjIP 2024 final\"}"))
                .json();
        assertThat(closed.path("closed").asBoolean()).isTrue();
        api.post("/api/v1/realizations/" + id + "/reopen", evaluator, "{\"version\":2,\"reason\":\"salah ketik\"}")
                .problem(409, "year.closed");
        api.post("/api/v1/units/" + bureau + "/years/2024/close", evaluator, "{}")
                .problem(403, "auth.forbidden");

        // The audit trail shows the realization's life, the refusals and the closing, with who and why
        JsonNode trail = api.get("/api/v1/audit?entityType=realization&entityId=" + id + "&size=50", auditor)
                .json()
                .path("items");
        List<String> actions = StreamSupport.stream(trail.spliterator(), false)
                .map(entry -> entry.path("status").asInt() + " "
                        + entry.path("action").asText())
                .toList();
        assertThat(actions)
                .contains(
                        "200 POST /api/v1/realizations/" + id + "/submit",
                        "403 POST /api/v1/realizations/" + id + "/verify",
                        "409 POST /api/v1/realizations/" + id + "/verify",
                        "200 POST /api/v1/realizations/" + id + "/verify",
                        "409 POST /api/v1/realizations/" + id + "/reopen");
        JsonNode verification = StreamSupport.stream(trail.spliterator(), false)
                .filter(entry -> entry.path("status").asInt() == 200
                        && entry.path("action").asText().endsWith("/verify"))
                .findFirst()
                .orElseThrow();
        assertThat(verification.path("before").path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(verification.path("after").path("status").asText()).isEqualTo("VERIFIED");
        JsonNode refusedReopen = item(trail, "action", "POST /api/v1/realizations/" + id + "/reopen");
        assertThat(refusedReopen.path("refused").asBoolean()).isTrue();
        assertThat(refusedReopen.path("refusal").asText()).isEqualTo("year.closed");
        assertThat(refusedReopen.path("actor").asText()).isEqualTo(evaluatorName);
        JsonNode creation = item(
                api.get("/api/v1/audit?actor=" + evaluatorName + "&size=100", auditor)
                        .json()
                        .path("items"),
                "action",
                "POST /api/v1/indicators/" + indicator + "/realizations");
        assertThat(creation.path("entityId").asText()).isEqualTo(id);
        assertThat(creation.path("before").isNull() || creation.path("before").isMissingNode())
                .isTrue();
        JsonNode closing = api.get("/api/v1/audit?entityType=unit-year&entityId=" + bureau + "/2024", auditor)
                .json()
                .path("items");
        assertThat(StreamSupport.stream(closing.spliterator(), false)
                        .map(entry -> entry.path("status").asInt() + " "
                                + entry.path("reason").asText()))
                .containsExactly("403 ", "200 LKjIP 2024 final");
        assertThat(api.get("/api/v1/audit?refused=true&size=200", auditor).body())
                .contains("\"status\":403")
                .contains("\"status\":409");
        api.get("/api/v1/audit", evaluator).problem(403, "auth.forbidden");

        // Reopened with its reason, so that other tests on the same database find the year open
        api.post("/api/v1/units/" + bureau + "/years/2024/reopen", auditor, "{}")
                .problem(422, "value.required");
        assertThat(created(api.post(
                                "/api/v1/units/" + bureau + "/years/2024/reopen",
                                auditor,
                                "{\"reason\":\"Koreksi atas temuan BPK\"}"))
                        .json()
                        .path("closed")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aNumberWrittenTheIndonesianWayIsReadExactlyAndBadInputIsExplained() throws IOException {
        ApiClient api = new ApiClient(server.getURI());
        JsonNode decree = api.seedDecree(api.adminToken());
        String evaluator =
                api.tokenForNewUser("EVALUATOR", decree.path("issuingUnitId").asText());
        String indicator = api.firstIndicatorOf(decree, evaluator);

        api.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":2025,\"period\":\"Q1\",\"value\":80}")
                .problem(422, "realization.period-frequency");
        api.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":2030,\"period\":\"ANNUAL\",\"value\":80}")
                .problem(422, "realization.outside-period");
        api.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":2025,\"period\":\"ANNUAL\",\"value\":\"baik\"}")
                .problem(422, "number.unreadable");
        api.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":2025,\"period\":\"ANNUAL\",\"value\":")
                .problem(400, "request.malformed");
        JsonNode recorded = created(api.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":2025,\"period\":\"ANNUAL\",\"value\":\"87,50\"}"))
                .json();
        assertThat(recorded.path("value").decimalValue()).isEqualTo(new BigDecimal("87.50"));
        api.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":2025,\"period\":\"ANNUAL\",\"value\":88}")
                .problem(409, "realization.exists");
        JsonNode revised = created(api.put(
                        "/api/v1/realizations/" + recorded.path("id").asText(),
                        evaluator,
                        "{\"value\":88.125,\"version\":0}"))
                .json();
        assertThat(revised.path("value").decimalValue()).isEqualTo(new BigDecimal("88.125"));
        api.put("/api/v1/realizations/" + recorded.path("id").asText(), evaluator, "{\"value\":89,\"version\":0}")
                .problem(409, "version.stale");
    }

    /** A unit's state as read, to be written back with another score rule. */
    private static String unitWithScoreRule(JsonNode unit, String rule) {
        com.fasterxml.jackson.databind.node.ObjectNode state = ApiClient.JSON.createObjectNode();
        state.set("parentId", unit.path("parentId"));
        state.set("name", unit.path("name"));
        state.set("shortName", unit.path("shortName"));
        state.set("type", unit.path("type"));
        state.set("tasks", unit.path("tasks"));
        com.fasterxml.jackson.databind.node.ArrayNode functions = state.putArray("functions");
        unit.path("functions")
                .forEach(function -> functions.add(function.path("text").asText()));
        state.put("scoreRule", rule);
        state.set("version", unit.path("version"));
        return state.toString();
    }
}
