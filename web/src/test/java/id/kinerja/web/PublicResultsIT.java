package id.kinerja.web;

import static id.kinerja.domain.fixtures.Fixtures.golden;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The public page of approved results: nothing of the seed unit before it opts in and closes its year; after,
 * its verified 2024 IKM with the survey's respondents and mutu, for anyone without signing in, cacheable; who
 * may switch publishing is refused in both languages otherwise.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicResultsIT {
    /**
     * A node of its own on a fresh database with the demo data: the seed's 2024 IKM starts unrecorded and its
     * year open, whatever the tests sharing the run's database did to them before.
     */
    private EmbeddedServer server;

    @BeforeAll
    void startOnAFreshDatabase() {
        server = ApplicationContext.run(EmbeddedServer.class, FreshDatabase.create("public_results"), "test");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    private static ApiClient.Answer ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer;
    }

    private static ApiClient.Answer anonymous(ApiClient api, String path, Map<String, String> headers) {
        return api.send("GET", path, null, null, null, headers);
    }

    @Test
    void showsTheSeedUnitsVerifiedIkmOnlyOnceItPublishesAndTheYearIsClosed() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        String admin = api.adminToken();
        JsonNode decree = api.seedDecree(admin);
        String bureau = decree.path("issuingUnitId").asText();
        String evaluator = api.tokenForNewUser("EVALUATOR", bureau);
        String auditor = api.tokenForNewUser("AUDITOR", bureau);
        String planner = api.tokenForNewUser("PLANNER", bureau);
        String indicator = api.firstIndicatorOf(decree, evaluator);
        String page = "/publik/" + bureau + "/2024";

        // Before: not published, year open — nothing, not even to a signed-in person
        assertThat(anonymous(api, "/publik", Map.of()).body()).doesNotContain(page);
        ApiClient.Answer before = anonymous(api, page, Map.of());
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.body()).contains("id=\"tidak-diterbitkan\"").doesNotContain("88,66");

        // Who may switch publishing: unsigned 401; an auditor or an evaluator 403, said in both languages
        String body = "{\"published\":true}";
        api.put("/api/v1/units/" + bureau + "/publication", null, body).problem(401, "auth.required");
        api.put("/api/v1/units/" + bureau + "/publication", auditor, body).problem(403, "auth.forbidden");
        JsonNode refused = api.put("/api/v1/units/" + bureau + "/publication", evaluator, body)
                .problem(403, "auth.forbidden");
        assertThat(refused.path("messages").path("id").asText())
                .isNotEqualTo(refused.path("messages").path("en").asText());
        api.put("/api/v1/units/" + java.util.UUID.randomUUID() + "/publication", planner, body)
                .problem(404, "not-found");
        api.put("/api/v1/units/" + bureau + "/publication", planner, "{}").problem(422, "value.required");

        assertThat(ok(api.put("/api/v1/units/" + bureau + "/publication", planner, body))
                        .json()
                        .path("published")
                        .asBoolean())
                .isTrue();
        assertThat(api.get("/api/v1/units/" + bureau + "/publication", auditor)
                        .json()
                        .path("published")
                        .asBoolean())
                .isTrue();

        // The golden survey as the 2024 IKM, still a draft: the year open shows nothing
        String survey = ok(api.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + bureau + "\",\"indicatorId\":\"" + indicator
                                + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"}"))
                .json()
                .path("id")
                .asText();
        ok(api.send(
                "POST",
                "/api/v1/surveys/" + survey + "/responses",
                evaluator,
                "text/csv",
                Files.readString(golden("skm-seed-services-2024.csv"), StandardCharsets.UTF_8)));
        JsonNode realization = ok(api.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":2024,\"fromSurvey\":\"" + survey + "\"}"))
                .json();
        String id = realization.path("id").asText();
        assertThat(anonymous(api, page, Map.of()).status()).isEqualTo(404);

        JsonNode submitted = ok(api.post("/api/v1/realizations/" + id + "/submit", evaluator, "{\"version\":0}"))
                .json();
        ok(api.post(
                "/api/v1/realizations/" + id + "/verify",
                auditor,
                "{\"version\":" + submitted.path("version").asLong() + "}"));
        assertThat(anonymous(api, page, Map.of()).status())
                .as("verified, but the year is still open")
                .isEqualTo(404);

        ok(api.post("/api/v1/units/" + bureau + "/years/2024/close", auditor, "{\"reason\":\"LKjIP 2024 final\"}"));

        // After: listed and shown to anyone, with the IKM, its respondents and mutu
        assertThat(anonymous(api, "/publik", Map.of()).body()).contains(page);
        JsonNode expected = ApiClient.JSON
                .readTree(golden("skm-seed-services-2024.expected.json").toFile())
                .path("expected");
        long respondents = 0;
        for (JsonNode service : expected.path("by_service")) {
            respondents += service.path("respondents").asLong();
        }
        ApiClient.Answer after = anonymous(api, page, Map.of());
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body())
                .contains("id=\"ikm-terbuka\"")
                .contains(expected.path("pooled").path("exact").asText().replace('.', ','))
                .contains(">" + respondents + "<")
                // mutu C of the golden file, in words
                .contains("Kurang Baik")
                .doesNotContain("id=\"keluar\"");
        assertThat(after.headers().get("Cache-Control")).isEqualTo("public, max-age=300");
        String etag = after.headers().get("ETag");
        assertThat(etag).isNotBlank();
        assertThat(anonymous(api, page, Map.of("If-None-Match", etag)).status()).isEqualTo(304);
        ApiClient.Answer english = anonymous(api, page, Map.of("Cookie", "bahasa=en"));
        assertThat(english.body()).contains("Respondents").contains("Service quality");
        assertThat(english.headers().get("ETag")).isNotEqualTo(etag);

        // A unit that stops publishing shows nothing again
        ok(api.put("/api/v1/units/" + bureau + "/publication", admin, "{\"published\":false}"));
        assertThat(anonymous(api, page, Map.of()).status()).isEqualTo(404);
        assertThat(anonymous(api, "/publik/bukan-unit/dua-ribu", Map.of()).status())
                .isEqualTo(404);
        ok(api.put("/api/v1/units/" + bureau + "/publication", admin, "{\"published\":true}"));

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.browser();
            for (String language : new String[] {"id", "en"}) {
                browser.get(server.getURI().resolve("/static/kinerja.css").toString());
                browser.manage().deleteAllCookies();
                browser.manage().addCookie(new Cookie("bahasa", language, "/"));
                browser.get(server.getURI().resolve("/publik").toString());
                chromium.screenshot("recap/publik-" + language);
                browser.get(server.getURI().resolve(page).toString());
                assertThat(browser.getPageSource()).contains("ikm-terbuka");
                chromium.screenshot("recap/publik-2024-" + language);
            }
        }
    }
}
