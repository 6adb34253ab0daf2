package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.fixtures.Fixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Through real HTTP, the page and API routes issue 12 added: a realization taken from a survey keeps its source
 * when its narrative is saved on the page, is linked to a survey from the page, and is offered the newer result
 * version once the survey is recomputed; a draft decree is deleted, unless a survey already names its indicator.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecreeCycleAndSurveyLinkIT {
    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String planner;
    private String evaluator;
    private String unit;
    private String period;
    private String csv;

    @BeforeAll
    void aUnitWithAPlanPeriod() throws IOException {
        api = new ApiClient(server.getURI());
        // a root unit is the administrator's to register, and its planner plans for it (ADR 0020)
        unit = api.newRootUnit("Biro Tautan " + Long.toHexString(System.nanoTime()));
        planner = api.plannerOf(unit);
        period = created(api.post(
                "/api/v1/plan-periods",
                planner,
                "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"));
        evaluator = api.tokenForNewUser("EVALUATOR", unit);
        csv = Files.readString(Fixtures.golden("skm-seed-services-2024.csv"));
    }

    private static String created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    private String draftDecree() {
        return created(api.post(
                "/api/v1/decrees",
                planner,
                "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"IKU/" + Long.toHexString(System.nanoTime())
                        + "\",\"title\":\"IKU\",\"issuingOfficial\":\"Kepala Biro\","
                        + "\"signatory\":{\"name\":\"Kepala\",\"position\":\"KEPALA,\"},"
                        + "\"decisions\":[\"IKU\"],\"place\":\"Pontianak\"}"));
    }

    private String indexIndicatorOf(String decree) {
        String objective = created(api.post(
                "/api/v1/decrees/" + decree + "/objectives",
                planner,
                "{\"planPeriodId\":\"" + period + "\",\"code\":\"1\",\"statement\":\"Meningkatnya kepuasan\"}"));
        return created(api.post(
                "/api/v1/objectives/" + objective + "/indicators",
                planner,
                "{\"code\":\"1.1\",\"name\":\"IKM\",\"unitOfMeasure\":\"indeks\",\"kind\":\"SATISFACTION_INDEX\","
                        + "\"polarity\":\"HIGHER_IS_BETTER\",\"targets\":[{\"year\":2024,\"value\":86}]}"));
    }

    private String surveyWithResponses(String indicator) {
        String survey = created(api.post(
                "/api/v1/surveys",
                evaluator,
                "{\"unitId\":\"" + unit + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\","
                        + "\"indicatorId\":\"" + indicator + "\"}"));
        importResponses(survey, "");
        return survey;
    }

    private void importResponses(String survey, String query) {
        ApiClient.Answer imported =
                api.send("POST", "/api/v1/surveys/" + survey + "/responses" + query, evaluator, "text/csv", csv);
        assertThat(imported.status()).as(imported.body()).isBetween(200, 201);
    }

    /** A form sent as the evaluator's browser sends it: the session cookie, a form body, HTML wanted. */
    private ApiClient.Answer page(String method, String path, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return api.send(
                method,
                path,
                null,
                method.equals("GET") ? null : "application/x-www-form-urlencoded",
                method.equals("GET") ? null : body.toString(),
                Map.of("Cookie", "JWT=" + evaluator, "Accept", "text/html"));
    }

    private JsonNode realization(String id) {
        return api.get("/api/v1/realizations/" + id, evaluator).json().path("realization");
    }

    @Test
    void theSurveyLinkSurvivesTheNarrativeAndANewerResultIsOfferedAndTaken() {
        String decree = draftDecree();
        String indicator = indexIndicatorOf(decree);
        assertThat(api.post(
                                "/api/v1/decrees/" + decree + "/enact",
                                planner,
                                "{\"version\":0,\"enactedOn\":\"2024-01-03\"}")
                        .status())
                .isEqualTo(200);
        String survey = surveyWithResponses(indicator);

        // "Jadikan realisasi 2024" on the survey page: a draft whose source is the survey's result version 1
        ApiClient.Answer made = page("POST", "/survei/" + survey + "/realisasi", Map.of());
        assertThat(made.status()).as(made.body()).isEqualTo(303);
        String id = made.headers().get("location").replace("/realisasi/", "");
        assertThat(realization(id).path("source").path("reference").asText()).isEqualTo(survey + "/1");

        // the page's form for such a value edits the narrative only, and saving it keeps the source
        String shown = page("GET", "/realisasi/" + id, Map.of()).body();
        assertThat(shown).contains("/realisasi/" + id + "/narasi").doesNotContain("id=\"value\"");
        ApiClient.Answer saved = page(
                "POST",
                "/realisasi/" + id + "/narasi",
                Map.of("version", "0", "supporting", "Petugas loket bertambah", "followUp", "Survei triwulanan"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        JsonNode afterNarrative = realization(id);
        assertThat(afterNarrative.path("source").path("kind").asText()).isEqualTo("SURVEY");
        assertThat(afterNarrative.path("source").path("reference").asText()).isEqualTo(survey + "/1");
        assertThat(afterNarrative.path("supportingFactors").asText()).isEqualTo("Petugas loket bertambah");
        assertThat(afterNarrative.path("value").decimalValue()).isEqualByComparingTo("75.14");

        // the survey recomputed (its responses imported again): the page names both versions, offers the newer
        importResponses(survey, "?mode=REPLACE");
        String offered = page("GET", "/realisasi/" + id, Map.of()).body();
        assertThat(offered).contains("id=\"versi-baru\"").contains("pakai-versi-baru");
        ApiClient.Answer taken = page(
                "POST",
                "/realisasi/" + id + "/survei",
                Map.of("version", afterNarrative.path("version").asText(), "surveyId", survey));
        assertThat(taken.status()).as(taken.body()).isEqualTo(303);
        JsonNode afterNewer = realization(id);
        assertThat(afterNewer.path("source").path("reference").asText()).isEqualTo(survey + "/2");
        assertThat(afterNewer.path("supportingFactors").asText()).isEqualTo("Petugas loket bertambah");
        assertThat(page("GET", "/realisasi/" + id, Map.of()).body()).doesNotContain("id=\"versi-baru\"");

        // the API's narrative route keeps the source as well
        ApiClient.Answer viaApi = api.put(
                "/api/v1/realizations/" + id + "/narrative",
                evaluator,
                "{\"version\":" + afterNewer.path("version").asLong() + ",\"inhibitingFactors\":\"Jaringan\"}");
        assertThat(viaApi.status()).as(viaApi.body()).isEqualTo(200);
        assertThat(viaApi.json().path("source").path("reference").asText()).isEqualTo(survey + "/2");
    }

    @Test
    void anEnteredValueIsLinkedToASurveyOnThePage() {
        String decree = draftDecree();
        String indicator = indexIndicatorOf(decree);
        api.post("/api/v1/decrees/" + decree + "/enact", planner, "{\"version\":0,\"enactedOn\":\"2024-01-03\"}");
        JsonNode entered = api.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"80\",\"supportingFactors\":\"Tim\"}")
                .json();
        String id = entered.path("id").asText();
        assertThat(page("GET", "/realisasi/" + id, Map.of()).body()).doesNotContain("tautkan-survei");

        String survey = surveyWithResponses(indicator);
        assertThat(page("GET", "/realisasi/" + id, Map.of()).body()).contains("tautkan-survei");
        ApiClient.Answer linked =
                page("POST", "/realisasi/" + id + "/survei", Map.of("version", "0", "surveyId", survey));
        assertThat(linked.status()).as(linked.body()).isEqualTo(303);
        JsonNode now = realization(id);
        assertThat(now.path("source").path("reference").asText()).isEqualTo(survey + "/1");
        assertThat(now.path("value").decimalValue()).isEqualByComparingTo("75.14");
        assertThat(now.path("supportingFactors").asText()).isEqualTo("Tim");
    }

    @Test
    void aDraftIsDeletedWithItsAnnexButNotOnceASurveyNamesItsIndicatorNorOnceEnacted() {
        String draft = draftDecree();
        indexIndicatorOf(draft);
        api.send("DELETE", "/api/v1/decrees/" + draft + "?version=5", planner, null, null)
                .problem(409, "version.stale");
        ApiClient.Answer deleted = api.send("DELETE", "/api/v1/decrees/" + draft + "?version=0", planner, null, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(api.get("/api/v1/decrees/" + draft, planner).status()).isEqualTo(404);

        String used = draftDecree();
        surveyWithResponses(indexIndicatorOf(used));
        api.send("DELETE", "/api/v1/decrees/" + used + "?version=0", planner, null, null)
                .problem(409, "decree.delete-in-use");

        String enacted = draftDecree();
        api.post("/api/v1/decrees/" + enacted + "/enact", planner, "{\"version\":0,\"enactedOn\":\"2024-01-03\"}");
        api.send("DELETE", "/api/v1/decrees/" + enacted + "?version=1", planner, null, null)
                .problem(409, "decree.not-draft");
        assertThat(api.send("DELETE", "/api/v1/decrees/" + enacted + "?version=1", evaluator, null, null)
                        .status())
                .isEqualTo(403);
    }
}
