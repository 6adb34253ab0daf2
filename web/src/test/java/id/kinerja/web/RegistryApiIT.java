package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A planner puts a decree into Kinerja through the API, and every refusal on the way is a clear problem. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryApiIT {
    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String planner;

    @BeforeAll
    void signIn() {
        api = new ApiClient(server.getURI());
        planner = api.tokenForNewUser("PLANNER");
    }

    private JsonNode created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    /**
     * A unit under the parent, registered by the planner; a root unit (no parent) is the administrator's to
     * register, and the planner is then opened anew as a planner of every root unit of the test (ADR 0020).
     */
    private String unit(String parentId, String name) {
        String parent = parentId == null ? "null" : "\"" + parentId + "\"";
        String id = created(api.post(
                        "/api/v1/units",
                        parentId == null ? api.adminToken() : planner,
                        "{\"parentId\":" + parent + ",\"name\":\"" + name + "\",\"type\":\"BIRO\","
                                + "\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi satu\",\"Fungsi dua\"]}"))
                .path("id")
                .asText();
        if (parentId == null) {
            roots.add(id);
            planner = api.plannerOf(roots.toArray(String[]::new));
        }
        return id;
    }

    private final java.util.List<String> roots = new java.util.ArrayList<>();

    /** A draft decree with one objective in a 2024–2026 plan period of a fresh unit; returns the objective id. */
    private Map<String, String> draftWithObjective() {
        String unit = unit(null, "Biro " + UUID.randomUUID());
        String period = created(api.post(
                        "/api/v1/plan-periods",
                        planner,
                        "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"))
                .path("id")
                .asText();
        String decree = created(api.post(
                        "/api/v1/decrees",
                        planner,
                        "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"" + UUID.randomUUID() + "/RO-UM/2024\","
                                + "\"title\":\"INDIKATOR KINERJA UTAMA\",\"issuingOfficial\":\"KEPALA BIRO UMUM\","
                                + "\"signatory\":{\"name\":\"DINI EKA WAHYUNI\",\"position\":\"KEPALA BIRO UMUM,\"},"
                                + "\"considerations\":[\"Bahwa …\"],\"legalBases\":[\"UU 23/2014\"],"
                                + "\"decisions\":[\"IKU sebagaimana tercantum dalam Lampiran.\"],"
                                + "\"place\":\"Pontianak\"}"))
                .path("id")
                .asText();
        String objective = created(api.post(
                        "/api/v1/decrees/" + decree + "/objectives",
                        planner,
                        "{\"planPeriodId\":\"" + period
                                + "\",\"code\":\"1\",\"statement\":\"Meningkatkan efektivitas\"}"))
                .path("id")
                .asText();
        return Map.of("unit", unit, "period", period, "decree", decree, "objective", objective);
    }

    /** Defines the satisfaction-index indicator with these targets under the draft's objective; its id. */
    private String defineIndex(Map<String, String> draft, String targets) {
        return created(api.post(
                        "/api/v1/objectives/" + draft.get("objective") + "/indicators",
                        planner,
                        indexIndicator(targets)))
                .path("id")
                .asText();
    }

    private static String indexIndicator(String targets) {
        return "{\"code\":\"1\",\"name\":\"IKM Pelayanan Umum\",\"kind\":\"SATISFACTION_INDEX\","
                + "\"polarity\":\"HIGHER_IS_BETTER\",\"unitOfMeasure\":\"indeks\",\"dataSource\":\"Biro Umum\","
                + "\"surveyedServices\":[\"Pelayanan Ketatausahaan\"],\"targets\":" + targets + "}";
    }

    @Test
    void plannerDraftsDefinesAndEnactsADecreeWhoseNumbersComeBackExactly() {
        Map<String, String> draft = draftWithObjective();

        ApiClient.Answer defined = api.post(
                "/api/v1/objectives/" + draft.get("objective") + "/indicators",
                planner,
                indexIndicator("[{\"year\":2024,\"value\":86,\"category\":\"Baik\"},"
                        + "{\"year\":2025,\"value\":\"87.50\",\"category\":\"Baik\"}]"));
        JsonNode indicator = created(defined);
        assertThat(defined.body()).contains("\"value\":87.50,").contains("\"display\":\"87,50 (Baik)\"");
        assertThat(indicator.path("warnings").isMissingNode()
                        || indicator.path("warnings").isEmpty())
                .isTrue();

        JsonNode enacted = api.post(
                        "/api/v1/decrees/" + draft.get("decree") + "/enact",
                        planner,
                        "{\"version\":0,\"enactedOn\":\"2024-01-03\"}")
                .json();
        assertThat(enacted.path("status").asText()).isEqualTo("ENACTED");
        assertThat(enacted.path("enactedOnText").asText()).isEqualTo("3 Januari 2024");

        JsonNode annex = api.get("/api/v1/decrees/" + draft.get("decree") + "/annex", planner)
                .json();
        assertThat(annex.path("rows")
                        .get(0)
                        .path("targets")
                        .get(1)
                        .path("display")
                        .asText())
                .isEqualTo("87,50 (Baik)");
        assertThat(annex.path("unit").path("functions").get(1).path("letter").asText())
                .isEqualTo("b");
    }

    @Test
    void editingAnEnactedDecreeOrItsTargetsIsRefused() {
        Map<String, String> draft = draftWithObjective();
        String indicator = defineIndex(draft, "[{\"year\":2024,\"value\":86,\"category\":\"Baik\"}]");
        api.post(
                "/api/v1/decrees/" + draft.get("decree") + "/enact",
                planner,
                "{\"version\":0,\"enactedOn\":\"2024-01-03\"}");
        JsonNode decree =
                api.get("/api/v1/decrees/" + draft.get("decree"), planner).json();

        api.put(
                        "/api/v1/decrees/" + draft.get("decree"),
                        planner,
                        "{\"version\":" + decree.path("version").asLong() + ",\"number\":\"X/2024\",\"title\":\"T\","
                                + "\"issuingOfficial\":\"K\",\"signatory\":{\"name\":\"N\",\"position\":\"P\"}}")
                .problem(409, "decree.not-draft");
        api.post(
                        "/api/v1/indicators/" + indicator + "/targets",
                        planner,
                        "{\"version\":0,\"target\":{\"year\":2025,\"value\":87.5}}")
                .problem(409, "decree.not-draft");
        assertThat(api.get("/api/v1/indicators/" + indicator, planner).json().path("targets"))
                .hasSize(1);
    }

    @Test
    void aTargetOutsideThePlanPeriodIsRefusedAndNothingIsStored() {
        Map<String, String> draft = draftWithObjective();

        JsonNode problem = api.post(
                        "/api/v1/objectives/" + draft.get("objective") + "/indicators",
                        planner,
                        indexIndicator("[{\"year\":2024,\"value\":86},{\"year\":2027,\"value\":90}]"))
                .problem(422, "target.outside-period");

        assertThat(problem.path("field").asText()).isEqualTo("year");
        assertThat(problem.path("messages").path("id").asText())
                .contains("2027")
                .contains("2024–2026");
        assertThat(problem.path("messages").path("en").asText()).contains("outside the plan period");
        JsonNode annex = api.get("/api/v1/decrees/" + draft.get("decree") + "/annex", planner)
                .json();
        assertThat(annex.path("rows")).as("the indicator was not half-written").isEmpty();
    }

    @Test
    void aSecondTargetForTheSameYearIsRefused() {
        Map<String, String> draft = draftWithObjective();
        String indicator = defineIndex(draft, "[{\"year\":2024,\"value\":86,\"category\":\"Baik\"}]");

        api.post(
                        "/api/v1/indicators/" + indicator + "/targets",
                        planner,
                        "{\"version\":0,\"target\":{\"year\":2024,\"value\":88}}")
                .problem(409, "target.duplicate-year");

        JsonNode revised = api.put(
                        "/api/v1/indicators/" + indicator + "/targets/2024",
                        planner,
                        "{\"version\":0,\"target\":{\"year\":2024,\"value\":86.5,\"category\":\"Baik\"}}")
                .json();
        assertThat(revised.path("targets").get(0).path("display").asText()).isEqualTo("86,5 (Baik)");
    }

    @Test
    void aCategoryThatContradictsTheGradeTableIsStoredWithAWarning() {
        Map<String, String> draft = draftWithObjective();

        JsonNode indicator = created(api.send(
                "POST",
                "/api/v1/objectives/" + draft.get("objective") + "/indicators",
                planner,
                "application/json",
                indexIndicator("[{\"year\":2024,\"value\":86,\"category\":\"Sangat Baik\"}]"),
                Map.of("Accept-Language", "en")));

        JsonNode warning = indicator.path("warnings").get(0);
        assertThat(warning.path("code").asText()).isEqualTo("target.category-contradicts-grade");
        assertThat(warning.path("messages").path("en").asText())
                .contains("grade B (Good)")
                .contains("Sangat Baik");
        assertThat(warning.path("messages").path("id").asText()).contains("bermutu B (Baik)");
        assertThat(indicator.path("targets").get(0).path("display").asText()).isEqualTo("86 (Sangat Baik)");
    }

    @Test
    void aCycleInTheUnitHierarchyIsRefused() {
        String top = unit(null, "Provinsi " + UUID.randomUUID());
        String middle = unit(top, "Setda");
        String bottom = unit(middle, "Biro");

        api.put(
                        "/api/v1/units/" + top,
                        planner,
                        "{\"parentId\":\"" + bottom
                                + "\",\"name\":\"Provinsi\",\"type\":\"PEMERINTAH_PROVINSI\",\"version\":0}")
                .problem(422, "unit.cycle");
        assertThat(api.get("/api/v1/units/" + top, planner)
                                .json()
                                .path("parentId")
                                .isNull()
                        || api.get("/api/v1/units/" + top, planner)
                                .json()
                                .path("parentId")
                                .isMissingNode())
                .isTrue();
    }

    @Test
    void aStaleVersionGets409AndTheOtherEditSurvives() {
        String unit = unit(null, "Biro " + UUID.randomUUID());
        String first = "{\"name\":\"Nama pertama\",\"type\":\"BIRO\",\"version\":0}";
        String second = "{\"name\":\"Nama kedua\",\"type\":\"BIRO\",\"version\":0}";

        assertThat(api.put("/api/v1/units/" + unit, planner, first).status()).isEqualTo(200);
        JsonNode problem = api.put("/api/v1/units/" + unit, planner, second).problem(409, "version.stale");

        assertThat(problem.path("field").asText()).isEqualTo("version");
        assertThat(api.get("/api/v1/units/" + unit, planner).json().path("name").asText())
                .isEqualTo("Nama pertama");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed JSON|POST|/api/v1/units|application/json|{\"name\": |400|request.malformed",
                "unknown enum value|POST|/api/v1/units|application/json|{\"name\":\"B\",\"type\":\"KERAJAAN\"}|400|request.malformed",
                "wrong value type|POST|/api/v1/plan-periods|application/json|{\"unitId\":\"x\",\"kind\":\"RPD\",\"firstYear\":\"dua ribu\",\"lastYear\":2026}|400|request.malformed",
                "blank required field|POST|/api/v1/units|application/json|{\"name\":\" \",\"type\":\"BIRO\"}|422|validation.failed",
                "missing body fields|POST|/api/v1/decrees|application/json|{}|422|validation.failed",
                "year out of range|POST|/api/v1/plan-periods|application/json|{\"unitId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"kind\":\"RPD\",\"firstYear\":24,\"lastYear\":2026}|422|year.out-of-range",
                "reversed plan period|POST|/api/v1/plan-periods|application/json|{\"unitId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"kind\":\"RPD\",\"firstYear\":2026,\"lastYear\":2024}|422|plan-period.reversed",
                "unknown parent unit|POST|/api/v1/units|application/json|{\"parentId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"name\":\"B\",\"type\":\"BIRO\"}|404|not-found",
                "not a UUID in the address|GET|/api/v1/decrees/nomor-17|application/json||400|request.malformed",
                "unknown decree|GET|/api/v1/decrees/3fa85f64-5717-4562-b3fc-2c963f66afa6/annex|application/json||404|not-found",
                "unknown address|GET|/api/v1/tidak-ada|application/json||404|route.not-found",
                "wrong content type|POST|/api/v1/units|text/plain|name=B|415|request.unsupported-media-type",
                "JSON array instead of object|POST|/api/v1/units|application/json|[1,2]|400|request.malformed",
                "page size too large|GET|/api/v1/decrees?size=100000|application/json||422|page.size",
                "negative page|GET|/api/v1/indicators?page=-1|application/json||422|page.negative"
            })
    void badInputOfEveryKindGetsAProblemNeverA500(
            String what, String method, String path, String contentType, String body, int status, String code) {
        api.send(method, path, planner, contentType, body).problem(status, code);
    }

    @Test
    void problemsSpeakIndonesianByDefaultAndEnglishOnRequest() {
        String path = "/api/v1/decrees/3fa85f64-5717-4562-b3fc-2c963f66afa6";
        JsonNode indonesian = api.get(path, planner).problem(404, "not-found");
        JsonNode english = api.send("GET", path, planner, null, null, Map.of("Accept-Language", "en-US,en;q=0.9"))
                .problem(404, "not-found");

        assertThat(indonesian.path("detail").asText()).startsWith("keputusan").contains("tidak ditemukan");
        assertThat(english.path("detail").asText()).startsWith("The decree").contains("does not exist");
    }
}
