package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A draft decree's strategic objective revised in its number and words (issue 12, item 2), through the API and on
 * its page: by a planner of the issuing unit only, never over a revision made meanwhile (the version read is sent
 * back), never to a number another objective of the decree has, and never once the decree is enacted — each refusal
 * in Indonesian and English, nothing stored, and every attempt in the audit trail.
 */
@MicronautTest
class ObjectiveRevisionIT {
    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String unit;
    private String planner;
    private String period;
    private String decree;
    private String objective;

    private static String unique() {
        return Long.toHexString(System.nanoTime());
    }

    private static JsonNode created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private String newObjective(String code, String statement) {
        return created(api.post(
                        "/api/v1/decrees/" + decree + "/objectives",
                        planner,
                        "{\"planPeriodId\":\"" + period + "\",\"code\":\"" + code + "\",\"statement\":\"" + statement
                                + "\"}"))
                .path("id")
                .asText();
    }

    private static String revision(long version, String code, String statement) {
        return "{\"version\":" + version + ",\"code\":\"" + code + "\",\"statement\":\"" + statement + "\"}";
    }

    private ApiClient.Answer revise(String token, String language, String body) {
        return api.send(
                "PUT",
                "/api/v1/objectives/" + objective,
                token,
                "application/json",
                body,
                Map.of("Accept-Language", language));
    }

    /** A page as a browser asks for it, or a form as a browser sends it, signed in with the token. */
    private ApiClient.Answer page(String token, String method, String path, Map<String, String> form) {
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
                Map.of("Cookie", "JWT=" + token, "Accept", "text/html", "Sec-Fetch-Site", "same-origin"));
    }

    private String read(String token, String path) {
        ApiClient.Answer answer = page(token, "GET", path, Map.of());
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private JsonNode stored() {
        return api.get("/api/v1/objectives/" + objective, planner).json();
    }

    private void enact() {
        ApiClient.Answer enacted = api.post(
                "/api/v1/decrees/" + decree + "/enact", planner, "{\"version\":0,\"enactedOn\":\"2024-01-03\"}");
        assertThat(enacted.status()).as(enacted.body()).isEqualTo(200);
    }

    /** The audit trail of the objective: each attempt as "status METHOD path", oldest first. */
    private List<String> trail() {
        JsonNode items = api.get(
                        "/api/v1/audit?entityType=objective&entityId=" + objective + "&size=50",
                        api.tokenForNewUser("AUDITOR"))
                .json()
                .path("items");
        return StreamSupport.stream(items.spliterator(), false)
                .map(entry -> entry.path("status").asInt() + " "
                        + entry.path("action").asText())
                .toList();
    }

    @BeforeEach
    void aDraftDecreeWithTwoObjectives() {
        api = new ApiClient(server.getURI());
        unit = api.newRootUnit("Biro Sasaran " + unique());
        planner = api.plannerOf(unit);
        period = created(api.post(
                        "/api/v1/plan-periods",
                        planner,
                        "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"))
                .path("id")
                .asText();
        decree = created(api.post(
                        "/api/v1/decrees",
                        planner,
                        "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"IKU/" + unique()
                                + "\",\"title\":\"IKU\",\"issuingOfficial\":\"Kepala Biro\","
                                + "\"signatory\":{\"name\":\"Kepala\",\"position\":\"KEPALA,\"},"
                                + "\"decisions\":[\"IKU\"],\"place\":\"Pontianak\"}"))
                .path("id")
                .asText();
        objective = newObjective("1", "Meningkatnya kepuasan masyrakat");
        newObjective("2", "Meningkatnya akuntabilitas kinerja");
    }

    @Test
    void theApiRevisesADraftsObjectiveOnceForTheVersionReadAndRefusesWhatTheRulesRefuse() {
        assertThat(stored().path("version").asLong()).isZero();

        // who may: nobody signed out, no evaluator, no planner of another unit
        revise(null, "id", revision(0, "1", "Meningkatnya kepuasan masyarakat")).problem(401, "auth.required");
        revise(api.tokenForNewUser("EVALUATOR", unit), "id", revision(0, "1", "Meningkatnya kepuasan masyarakat"))
                .problem(403, "auth.forbidden");
        revise(
                        api.plannerOf(api.newRootUnit("Biro Lain " + unique())),
                        "en",
                        revision(0, "1", "Meningkatnya kepuasan masyarakat"))
                .problem(403, "plan.not-responsible");

        // what is typed: the words and the version are required, the number is another objective's
        JsonNode blank = revise(planner, "en", "{\"version\":0,\"code\":\"1\",\"statement\":\" \"}")
                .problem(422, "validation.failed");
        assertThat(blank.path("field").asText()).isEqualTo("statement");
        revise(planner, "id", "{\"code\":\"1\",\"statement\":\"Meningkatnya kepuasan masyarakat\"}")
                .problem(422, "validation.failed");
        JsonNode taken = revise(planner, "id", revision(0, "2", "Meningkatnya kepuasan masyarakat"))
                .problem(409, "objective.duplicate-code");
        assertThat(taken.path("messages").path("id").asText()).contains("sudah memiliki sasaran bernomor 2");
        assertThat(taken.path("messages").path("en").asText()).contains("already has an objective numbered 2");
        assertThat(stored().path("statement").asText()).isEqualTo("Meningkatnya kepuasan masyrakat");

        // the typo corrected: the answer carries the next version, the annex the new words
        ApiClient.Answer corrected = revise(planner, "id", revision(0, "1", "Meningkatnya kepuasan masyarakat"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("version").asLong()).isEqualTo(1);
        assertThat(corrected.json().path("statement").asText()).isEqualTo("Meningkatnya kepuasan masyarakat");
        assertThat(corrected.json().path("planPeriodId").asText()).isEqualTo(period);
        assertThat(stored().path("statement").asText()).isEqualTo("Meningkatnya kepuasan masyarakat");

        // a second planner who read version 0 does not overwrite it
        JsonNode stale =
                revise(planner, "en", revision(0, "1", "Meningkatkan kepuasan")).problem(409, "version.stale");
        assertThat(stale.path("detail").asText()).contains("changed by someone else");
        assertThat(stored().path("statement").asText()).isEqualTo("Meningkatnya kepuasan masyarakat");

        // enacted, the objective is what the signed decree says
        enact();
        JsonNode enacted =
                revise(planner, "id", revision(1, "1", "Meningkatkan kepuasan")).problem(409, "decree.not-draft");
        assertThat(enacted.path("messages").path("en").asText()).isNotBlank();
        assertThat(stored().path("statement").asText()).isEqualTo("Meningkatnya kepuasan masyarakat");
        assertThat(stored().path("version").asLong()).isEqualTo(1);

        // every attempt is in the trail: the one that went through and the refused ones, with their status
        String route = "PUT /api/v1/objectives/" + objective;
        assertThat(trail())
                .contains("200 " + route, "409 " + route, "403 " + route)
                .filteredOn(line -> line.startsWith("200 "))
                .hasSize(1);
    }

    @Test
    void thePageOffersTheRevisionToAPlannerOfTheUnitKeepsWhatWasTypedOnARefusalAndNoneOnceEnacted() {
        String otherPlanner = api.plannerOf(api.newRootUnit("Biro Lain " + unique()));
        String form = "/sasaran/" + objective + "/ubah";

        // the draft's page links each objective to its revision, for a planner of the unit only
        assertThat(read(planner, "/keputusan/" + decree)).contains("href=\"" + form + "\"", "id=\"daftar-sasaran\"");
        assertThat(read(otherPlanner, "/keputusan/" + decree)).doesNotContain(form, "id=\"daftar-sasaran\"");
        assertThat(read(otherPlanner, form)).contains("id=\"bukan-unitnya\"").doesNotContain("id=\"simpan-sasaran\"");
        assertThat(page(api.tokenForNewUser("EVALUATOR", unit), "GET", form, Map.of())
                        .status())
                .isEqualTo(403);

        // the form starts from the objective as it stands; a refusal keeps what was typed, beside its field
        assertThat(read(planner, form))
                .contains("value=\"1\"", "Meningkatnya kepuasan masyrakat", "id=\"simpan-sasaran\"");
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("version", "0");
        typed.put("code", "2");
        typed.put("statement", "Meningkatnya kepuasan masyarakat atas layanan biro");
        ApiClient.Answer refused = page(planner, "POST", form, typed);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body())
                .contains("id=\"galat-sasaran\"", "sasaran bernomor 2")
                .contains("value=\"2\"", "Meningkatnya kepuasan masyarakat atas layanan biro")
                .contains("aria-invalid=\"true\"");
        typed.put("code", "1");
        typed.put("statement", "");
        ApiClient.Answer empty = page(planner, "POST", form, typed);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("id=\"galat-sasaran\"", "Wajib diisi");
        assertThat(stored().path("statement").asText()).isEqualTo("Meningkatnya kepuasan masyrakat");

        // saved, the decree's page shows the new words
        typed.put("statement", "Meningkatnya kepuasan masyarakat atas layanan biro");
        ApiClient.Answer saved = page(planner, "POST", form, typed);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.headers().get("location")).isEqualTo("/keputusan/" + decree + "#lampiran");
        assertThat(stored().path("statement").asText()).isEqualTo("Meningkatnya kepuasan masyarakat atas layanan biro");
        assertThat(read(planner, "/keputusan/" + decree))
                .contains("1. Meningkatnya kepuasan masyarakat atas layanan biro");

        // the form read before that save is now stale: nothing is overwritten, the page says so
        typed.put("statement", "Sasaran lain");
        ApiClient.Answer stale = page(planner, "POST", form, typed);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("id=\"galat-sasaran\"", "Sasaran lain");
        assertThat(stored().path("statement").asText()).isEqualTo("Meningkatnya kepuasan masyarakat atas layanan biro");

        // once enacted: no link, no form, the page says how it changes
        enact();
        assertThat(read(planner, "/keputusan/" + decree)).doesNotContain(form);
        assertThat(read(planner, form)).contains("id=\"bukan-konsep\"").doesNotContain("id=\"simpan-sasaran\"");
        assertThat(trail()).contains("303 POST " + form, "409 POST " + form, "422 POST " + form);
    }
}
