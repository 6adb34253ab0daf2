package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The refusals of issue 11 through real HTTP, each of which went through before: an evaluator of one unit
 * reopening another unit's verified realization, opening a survey for another unit and replacing its
 * responses, a closed year taking survey changes, and the person who entered a value verifying it once a
 * colleague had submitted it; and a planner of one unit drafting, defining or targeting for another (ADR
 * 0020). Each refusal names its reason in Indonesian and English, on the API and on the page.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationRulesIT {
    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private WriteRouteScenarios data;
    private WriteRouteScenarios.Unit unitA;
    private WriteRouteScenarios.Unit unitB;
    private String evaluatorOfA;
    private String auditor;

    @BeforeAll
    void openTwoUnits() {
        api = new ApiClient(server.getURI());
        data = new WriteRouteScenarios(api);
        java.util.List<WriteRouteScenarios.Unit> units = data.newRootUnits(2);
        unitA = units.get(0);
        unitB = units.get(1);
        auditor = api.tokenForNewUser("AUDITOR");
        data.helpedBy(api.tokenForNewUser("EVALUATOR", unitA.id(), unitB.id()), auditor);
        evaluatorOfA = api.tokenForNewUser("EVALUATOR", unitA.id());
    }

    @Test
    void anEvaluatorOfOneUnitCannotReopenAVerifiedRealizationOfAnother() {
        JsonNode verifiedOfB = data.verified(unitB);
        String reopen = "/api/v1/realizations/" + verifiedOfB.path("id").asText() + "/reopen";
        String step = "{\"version\":" + verifiedOfB.path("version").asLong() + ",\"reason\":\"salah ketik\"}";

        JsonNode refused = api.post(reopen, evaluatorOfA, step).problem(403, "realization.not-responsible");

        assertThat(refused.path("messages").path("en").asText()).contains("is not an evaluator");
        assertThat(refused.path("messages").path("id").asText()).contains("bukan evaluator");
        JsonNode verifiedOfA = data.verified(unitA);
        assertThat(api.post(
                                "/api/v1/realizations/" + verifiedOfA.path("id").asText() + "/reopen",
                                evaluatorOfA,
                                "{\"version\":" + verifiedOfA.path("version").asLong() + ",\"reason\":\"salah ketik\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anEvaluatorOfOneUnitNeitherOpensASurveyOfAnotherNorReplacesItsResponses() {
        api.post(
                        "/api/v1/surveys",
                        evaluatorOfA,
                        "{\"unitId\":\"" + unitB.id() + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"}")
                .problem(403, "survey.not-responsible");
        String surveyOfB = data.survey(unitB.id(), null);
        data.importResponses(surveyOfB);

        api.send(
                        "POST",
                        "/api/v1/surveys/" + surveyOfB + "/responses?mode=REPLACE",
                        evaluatorOfA,
                        "text/csv",
                        "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\nLayanan A,1,1,1,1,1,1,1,1,1\n")
                .problem(403, "survey.not-responsible");

        assertThat(respondents(surveyOfB)).as("the two responses stay").isEqualTo(2);
    }

    @Test
    void aClosedYearRefusesSurveysTheirResponsesAndTheirResultAsARealization() {
        WriteRouteScenarios.Unit unit = data.newRootUnit();
        String evaluator = api.tokenForNewUser("EVALUATOR", unit.id());
        String indicator = data.indexIndicator(unit);
        String survey = api.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + unit.id() + "\",\"indicatorId\":\"" + indicator
                                + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"}")
                .json()
                .path("id")
                .asText();
        assertThat(api.send(
                                "POST",
                                "/api/v1/surveys/" + survey + "/responses",
                                evaluator,
                                "text/csv",
                                WriteRouteScenarios.CSV)
                        .status())
                .isBetween(200, 201);
        assertThat(api.post("/api/v1/units/" + unit.id() + "/years/2024/close", auditor, "{\"reason\":\"final\"}")
                        .status())
                .isEqualTo(200);

        api.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + unit.id() + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"}")
                .problem(409, "year.closed");
        api.send(
                        "POST",
                        "/api/v1/surveys/" + survey + "/responses?mode=REPLACE",
                        evaluator,
                        "text/csv",
                        "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\nLayanan A,1,1,1,1,1,1,1,1,1\n")
                .problem(409, "year.closed");
        api.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":2024,\"fromSurvey\":\"" + survey + "\"}")
                .problem(409, "year.closed");

        assertThat(respondents(survey)).as("the two responses stay").isEqualTo(2);
        assertThat(api.get("/api/v1/indicators/" + indicator + "/realizations", evaluator)
                        .json())
                .isEmpty();
    }

    @Test
    void whoeverEnteredAValueCannotVerifyItOnceAColleagueSubmittedIt() {
        ApiClient.Answer opened = api.post(
                "/api/v1/users",
                api.adminToken(),
                "{\"username\":\"dua-peran-" + Long.toHexString(System.nanoTime())
                        + "\",\"displayName\":\"Dua Peran\",\"password\":\"sandi-dua-peran-panjang\","
                        + "\"roles\":[\"EVALUATOR\",\"AUDITOR\"]}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String username = opened.json().path("username").asText();
        api.put(
                "/api/v1/users/" + opened.json().path("id").asText() + "/units",
                api.adminToken(),
                "{\"unitIds\":[\"" + unitA.id() + "\"]}");
        String dualRole = api.token(username, "sandi-dua-peran-panjang");
        JsonNode entered = api.post(
                        "/api/v1/indicators/" + data.numericIndicator(unitA) + "/realizations",
                        dualRole,
                        "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"99\"}")
                .json();
        String id = entered.path("id").asText();
        JsonNode submitted = api.post(
                        "/api/v1/realizations/" + id + "/submit",
                        evaluatorOfA,
                        "{\"version\":" + entered.path("version").asLong() + "}")
                .json();
        String version = "{\"version\":" + submitted.path("version").asLong() + "}";

        JsonNode refused = api.post("/api/v1/realizations/" + id + "/verify", dualRole, version)
                .problem(403, "realization.own-entry");
        assertThat(refused.path("messages").path("en").asText()).contains("entered or revised");
        assertThat(refused.path("messages").path("id").asText()).contains("memasukkan atau mengubah");
        api.post(
                        "/api/v1/realizations/" + id + "/return",
                        dualRole,
                        "{\"version\":" + submitted.path("version").asLong() + ",\"reason\":\"cek\"}")
                .problem(403, "realization.own-entry");

        ApiClient.Answer page = api.send(
                "POST",
                "/realisasi/" + id + "/verifikasi",
                null,
                "application/x-www-form-urlencoded",
                "version=" + submitted.path("version").asLong(),
                Map.of(
                        "Cookie", "JWT=" + dualRole,
                        "Accept", "text/html",
                        "Sec-Fetch-Site", "same-origin"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("memasukkan atau mengubah realisasi ini");

        assertThat(api.post("/api/v1/realizations/" + id + "/verify", auditor, version)
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("VERIFIED");
    }

    @Test
    void aFormTheRoleDoesNotAllowShowsAPageSayingSoInEitherLanguageAndStoresNothing() {
        String indicator = data.numericIndicator(unitA);
        for (String language : new String[] {"id", "en"}) {
            ApiClient.Answer page = api.send(
                    "POST",
                    "/indikator/" + indicator + "/realisasi",
                    null,
                    "application/x-www-form-urlencoded",
                    "year=2024&period=ANNUAL&value=80",
                    Map.of(
                            "Cookie", "JWT=" + auditor + "; bahasa=" + language,
                            "Accept", "text/html,application/xhtml+xml,*/*;q=0.8",
                            "Sec-Fetch-Site", "same-origin"));

            assertThat(page.status()).isEqualTo(403);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body())
                    .contains("id=\"galat-izin\"")
                    .contains(
                            language.equals("en")
                                    ? "Your role does not allow POST"
                                    : "Peran Anda tidak mengizinkan POST");
        }
        assertThat(api.get("/api/v1/indicators/" + indicator + "/realizations", auditor)
                        .json())
                .isEmpty();
    }

    // ---- planners scoped to their units (ADR 0020)

    @Test
    void aPlannerOfOneUnitDraftsNoDecreeAddsNoIndicatorAndSetsNoTargetForAnother() {
        String plannerOfA = api.tokenForNewUser("PLANNER", unitA.id());
        String indicatorOfB = data.numericIndicator(unitB);

        JsonNode refused = api.post("/api/v1/decrees", plannerOfA, data.decreeBody(unitB.id(), null))
                .problem(403, "plan.not-responsible");
        assertThat(refused.path("messages").path("en").asText()).contains("is not a planner of this unit");
        assertThat(refused.path("messages").path("id").asText()).contains("bukan perencana unit ini");
        api.post(
                        "/api/v1/objectives/" + unitB.objective() + "/indicators",
                        plannerOfA,
                        WriteRouteScenarios.numericIndicatorBody("[{\"year\":2024,\"value\":80}]", null))
                .problem(403, "plan.not-responsible");
        api.post(
                        "/api/v1/indicators/" + indicatorOfB + "/targets",
                        plannerOfA,
                        "{\"version\":0,\"target\":{\"year\":2025,\"value\":82}}")
                .problem(403, "plan.not-responsible");
        ApiClient.Answer page = api.send(
                "POST",
                "/keputusan",
                null,
                "application/x-www-form-urlencoded",
                "unitId=" + unitB.id() + "&number=9%2FRO-HK%2F2024&title=IKU&issuingOfficial=KEPALA+BIRO"
                        + "&signatoryName=A&signatoryPosition=KEPALA+BIRO",
                Map.of(
                        "Cookie", "JWT=" + plannerOfA,
                        "Accept", "text/html,application/xhtml+xml,*/*;q=0.8",
                        "Sec-Fetch-Site", "same-origin"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("bukan perencana unit ini");

        assertThat(api.get("/api/v1/indicators/" + indicatorOfB, auditor).json().path("targets"))
                .as("the other unit's indicator keeps its one target")
                .hasSize(1);
    }

    @Test
    void aPlannerOfOneUnitPlansForItAndForAUnitUnderIt() {
        String plannerOfA = api.tokenForNewUser("PLANNER", unitA.id());

        assertThat(api.post("/api/v1/decrees", plannerOfA, data.decreeBody(unitA.id(), null))
                        .status())
                .isEqualTo(201);
        String indicator = api.post(
                        "/api/v1/objectives/" + unitA.objective() + "/indicators",
                        plannerOfA,
                        WriteRouteScenarios.numericIndicatorBody("[{\"year\":2024,\"value\":80}]", null))
                .json()
                .path("id")
                .asText();
        assertThat(api.post(
                                "/api/v1/indicators/" + indicator + "/targets",
                                plannerOfA,
                                "{\"version\":0,\"target\":{\"year\":2025,\"value\":82}}")
                        .json()
                        .path("targets"))
                .hasSize(2);

        ApiClient.Answer section = api.post(
                "/api/v1/units",
                plannerOfA,
                "{\"parentId\":\"" + unitA.id() + "\",\"name\":\"Bagian " + System.nanoTime()
                        + "\",\"type\":\"BAGIAN\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}");
        assertThat(section.status()).as(section.body()).isEqualTo(201);
        String sectionId = section.json().path("id").asText();
        String period = api.post(
                        "/api/v1/plan-periods",
                        plannerOfA,
                        "{\"unitId\":\"" + sectionId + "\",\"kind\":\"RENSTRA\",\"firstYear\":2024,\"lastYear\":2026}")
                .json()
                .path("id")
                .asText();
        String decree = api.post("/api/v1/decrees", plannerOfA, data.decreeBody(sectionId, null))
                .json()
                .path("id")
                .asText();
        String objective = api.post(
                        "/api/v1/decrees/" + decree + "/objectives",
                        plannerOfA,
                        "{\"planPeriodId\":\"" + period + "\",\"code\":\"1\",\"statement\":\"Meningkatkan layanan\"}")
                .json()
                .path("id")
                .asText();
        ApiClient.Answer sectionIndicator = api.post(
                "/api/v1/objectives/" + objective + "/indicators",
                plannerOfA,
                WriteRouteScenarios.numericIndicatorBody("[{\"year\":2024,\"value\":80}]", null));
        assertThat(sectionIndicator.status()).as(sectionIndicator.body()).isEqualTo(201);
    }

    @Test
    void aRootUnitIsTheAdministratorsToRegister() {
        String plannerOfA = api.tokenForNewUser("PLANNER", unitA.id());
        String root = "{\"parentId\":null,\"name\":\"Biro " + System.nanoTime()
                + "\",\"type\":\"BIRO\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}";

        JsonNode refused = api.post("/api/v1/units", plannerOfA, root).problem(403, "unit.root-by-administrator");

        assertThat(refused.path("messages").path("en").asText()).contains("Only an administrator");
        assertThat(api.post("/api/v1/units", api.adminToken(), root).status()).isEqualTo(201);
    }

    private long respondents(String survey) {
        return api.get("/api/v1/surveys/" + survey + "/result", auditor)
                .json()
                .path("combined")
                .path("respondents")
                .asLong();
    }
}
