package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Kaskade kinerja (issue 14, item 4): a planner of a unit links its objectives and indicators to its parent unit's
 * and to nothing else; the tree from the top shows each node's attainment, what supports it, and where the chain
 * breaks; only planners of the child unit link, everyone signed in reads. Each test builds a province of its own.
 */
@MicronautTest
class CascadeIT {
    private static final Map<String, String> PAGE =
            Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8", "Sec-Fetch-Site", "same-origin");

    @Inject
    EmbeddedServer server;

    private static JsonNode ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }

    /** A unit's enacted IKU: its objectives, each with one numeric indicator targeting 80 in 2024. */
    record Iku(String decree, String[] objectives, String[] indicators) {}

    private static Iku enactedIku(ApiClient api, String planner, String unit, String... statements) {
        String unique = Long.toHexString(System.nanoTime());
        String period = ok(api.post(
                        "/api/v1/plan-periods",
                        planner,
                        "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"))
                .path("id")
                .asText();
        String decree = ok(api.post(
                        "/api/v1/decrees",
                        planner,
                        "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"" + unique + "/KSK/2024\","
                                + "\"title\":\"INDIKATOR KINERJA UTAMA\",\"issuingOfficial\":\"KEPALA\","
                                + "\"signatory\":{\"name\":\"A\",\"position\":\"KEPALA\"},"
                                + "\"decisions\":[\"IKU sebagaimana tercantum dalam Lampiran.\"],"
                                + "\"place\":\"Pontianak\"}"))
                .path("id")
                .asText();
        String[] objectives = new String[statements.length];
        String[] indicators = new String[statements.length];
        for (int i = 0; i < statements.length; i++) {
            objectives[i] = ok(api.post(
                            "/api/v1/decrees/" + decree + "/objectives",
                            planner,
                            "{\"planPeriodId\":\"" + period + "\",\"code\":\"" + (i + 1) + "\",\"statement\":\""
                                    + statements[i] + "\"}"))
                    .path("id")
                    .asText();
            indicators[i] = ok(api.post(
                            "/api/v1/objectives/" + objectives[i] + "/indicators",
                            planner,
                            WriteRouteScenarios.numericIndicatorBody("[{\"year\":2024,\"value\":80}]", null)))
                    .path("id")
                    .asText();
        }
        ok(api.post("/api/v1/decrees/" + decree + "/enact", planner, "{\"version\":0,\"enactedOn\":\"2024-01-03\"}"));
        return new Iku(decree, objectives, indicators);
    }

    private static String childUnit(ApiClient api, String planner, String parent, String name) {
        return ok(api.post(
                        "/api/v1/units",
                        planner,
                        "{\"parentId\":\"" + parent + "\",\"name\":\"" + name
                                + "\",\"type\":\"BAGIAN\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"))
                .path("id")
                .asText();
    }

    /** A province: the root with two objectives, a bureau under it with one, and another root unit. */
    record Province(
            String root, String bureau, String other, Iku rootIku, Iku bureauIku, Iku otherIku, String planner) {}

    private static Province province(ApiClient api) {
        String unique = Long.toHexString(System.nanoTime());
        String root = api.newRootUnit("Provinsi Uji Kaskade " + unique);
        String planner = api.plannerOf(root);
        Iku rootIku = enactedIku(api, planner, root, "Meningkatnya tata kelola", "Meningkatnya layanan publik");
        String bureau = childUnit(api, planner, root, "Biro Umum " + unique);
        Iku bureauIku = enactedIku(api, planner, bureau, "Meningkatnya layanan umum");
        String other = api.newRootUnit("Kabupaten Lain " + unique);
        Iku otherIku = enactedIku(api, api.plannerOf(other), other, "Sasaran unit lain");
        return new Province(root, bureau, other, rootIku, bureauIku, otherIku, planner);
    }

    private static JsonNode unitIn(JsonNode units, String id) {
        for (JsonNode unit : units) {
            if (unit.path("unitId").asText().equals(id)) {
                return unit;
            }
            JsonNode below = unitIn(unit.path("children"), id);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    @Test
    void aPlannerLinksToTheParentUnitOnlyAndTheTreeShowsWhereTheChainBreaks() {
        ApiClient api = new ApiClient(server.getURI());
        Province p = province(api);
        String evaluator = api.tokenForNewUser("EVALUATOR", p.bureau());
        String auditor = api.tokenForNewUser("AUDITOR");
        String plannerOfOther = api.plannerOf(p.other());
        String bureauObjective = "/api/v1/objectives/" + p.bureauIku().objectives()[0] + "/support";
        String bureauIndicator = "/api/v1/indicators/" + p.bureauIku().indicators()[0] + "/support";
        String toRootObjective = "{\"objectiveId\":\"" + p.rootIku().objectives()[0] + "\"}";

        // who: nobody unsigned, no evaluator or auditor, no planner of another unit
        api.put(bureauObjective, null, toRootObjective).problem(401, "auth.required");
        api.put(bureauObjective, evaluator, toRootObjective).problem(403, "auth.forbidden");
        api.put(bureauObjective, auditor, toRootObjective).problem(403, "auth.forbidden");
        api.send("DELETE", bureauObjective, evaluator, null, null).problem(403, "auth.forbidden");
        api.put(bureauObjective, plannerOfOther, toRootObjective).problem(403, "plan.not-responsible");

        // what: only a node of the parent unit, named once
        JsonNode notParent = api.put(
                        bureauObjective,
                        p.planner(),
                        "{\"objectiveId\":\"" + p.otherIku().objectives()[0] + "\"}")
                .problem(422, "cascade.not-parent-unit");
        assertThat(notParent.path("messages").path("id").asText()).contains("unit induk", "Kabupaten Lain");
        assertThat(notParent.path("messages").path("en").asText()).contains("parent unit", "Kabupaten Lain");
        assertThat(notParent.path("field").asText()).isEqualTo("objectiveId");
        api.put(
                        "/api/v1/objectives/" + p.rootIku().objectives()[0] + "/support",
                        p.planner(),
                        "{\"objectiveId\":\"" + p.bureauIku().objectives()[0] + "\"}")
                .problem(422, "cascade.not-parent-unit");
        api.put(
                        bureauObjective,
                        p.planner(),
                        "{\"objectiveId\":\"" + p.rootIku().objectives()[0] + "\",\"indicatorId\":\""
                                + p.rootIku().indicators()[0] + "\"}")
                .problem(422, "cascade.one-node");
        api.put(bureauObjective, p.planner(), "{}").problem(422, "cascade.one-node");

        // the bureau's objective and indicator support the root's first objective and its indicator
        JsonNode linked = ok(api.put(bureauObjective, p.planner(), toRootObjective));
        assertThat(linked.path("supported").path("kind").asText()).isEqualTo("OBJECTIVE");
        assertThat(linked.path("supportedUnitId").asText()).isEqualTo(p.root());
        ok(api.put(
                bureauIndicator,
                p.planner(),
                "{\"indicatorId\":\"" + p.rootIku().indicators()[0] + "\"}"));
        ok(api.post(
                "/api/v1/indicators/" + p.bureauIku().indicators()[0] + "/realizations",
                evaluator,
                "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"76\"}"));

        String tree = "/api/v1/cascade?year=2024&unit=" + p.root();
        api.get(tree, null).problem(401, "auth.required");
        JsonNode cascade = ok(api.get(tree, evaluator));
        assertThat(cascade.path("breaks").asInt())
                .as("the root's second objective has no supporter")
                .isEqualTo(1);
        JsonNode root = cascade.path("units").get(0);
        assertThat(root.path("unitId").asText()).isEqualTo(p.root());
        JsonNode first = root.path("objectives").get(0);
        JsonNode second = root.path("objectives").get(1);
        assertThat(first.path("broken").asBoolean()).isFalse();
        assertThat(second.path("broken").asBoolean()).isTrue();
        assertThat(first.path("supporters").get(0).path("id").asText())
                .isEqualTo(p.bureauIku().objectives()[0]);
        JsonNode supportingIndicator =
                first.path("indicators").get(0).path("supporters").get(0);
        assertThat(supportingIndicator.path("id").asText())
                .isEqualTo(p.bureauIku().indicators()[0]);
        assertThat(supportingIndicator.path("figure").path("percent").decimalValue())
                .isEqualByComparingTo("95.00");
        JsonNode bureau = unitIn(root.path("children"), p.bureau());
        assertThat(bureau).isNotNull();
        assertThat(bureau.path("objectives").get(0).path("broken").asBoolean())
                .as("a unit without units under it breaks no chain")
                .isFalse();
        assertThat(bureau.path("objectives").get(0).path("supports").path("id").asText())
                .isEqualTo(p.rootIku().objectives()[0]);
        assertThat(bureau.path("score").path("percent").decimalValue()).isEqualByComparingTo("95.00");
        assertThat(bureau.path("targetBasis").asText()).isEqualTo("IKU");

        // cleared: the objective's link goes, the indicator's still holds the chain; then that one goes too
        assertThat(api.send("DELETE", bureauObjective, p.planner(), null, null).status())
                .isEqualTo(204);
        assertThat(ok(api.get(tree, auditor)).path("breaks").asInt()).isEqualTo(1);
        assertThat(api.send("DELETE", bureauIndicator, p.planner(), null, null).status())
                .isEqualTo(204);
        JsonNode after = ok(api.get(tree, auditor));
        assertThat(after.path("breaks").asInt()).isEqualTo(2);
        assertThat(after.path("units")
                        .get(0)
                        .path("objectives")
                        .get(0)
                        .path("broken")
                        .asBoolean())
                .isTrue();
        api.get("/api/v1/cascade?year=2024&unit=" + java.util.UUID.randomUUID(), auditor)
                .problem(404, "not-found");
    }

    @Test
    void thePagesSetTheLinkRefuseAnotherUnitsObjectiveAndShowTheTreeInWords() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        Province p = province(api);
        String auditor = api.tokenForNewUser("AUDITOR");
        String objective = p.bureauIku().objectives()[0];
        String form = "keputusan=" + p.bureauIku().decree() + "&dukung=OBJECTIVE%3A";

        ApiClient.Answer refused = api.send(
                "POST",
                "/kaskade/sasaran/" + objective,
                null,
                "application/x-www-form-urlencoded",
                form + p.otherIku().objectives()[0],
                Map.of("Cookie", "JWT=" + p.planner(), "Accept", PAGE.get("Accept"), "Sec-Fetch-Site", "same-origin"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"galat-" + objective + "\"", "unit induk");
        ApiClient.Answer byAuditor = api.send(
                "POST",
                "/kaskade/sasaran/" + objective,
                null,
                "application/x-www-form-urlencoded",
                form + p.rootIku().objectives()[0],
                Map.of("Cookie", "JWT=" + auditor, "Accept", PAGE.get("Accept"), "Sec-Fetch-Site", "same-origin"));
        assertThat(byAuditor.status()).isEqualTo(403);

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.browser();
            browser.get(server.getURI().resolve("/static/kinerja.css").toString());
            browser.manage().addCookie(new Cookie("JWT", p.planner(), "/"));
            browser.get(server.getURI()
                    .resolve("/keputusan/" + p.bureauIku().decree())
                    .toString());
            HeadlessChromium.leaveBy(browser, browser.findElement(By.id("atur-kaskade")));
            new Select(browser.findElement(By.id("dukung-" + objective)))
                    .selectByValue("OBJECTIVE:" + p.rootIku().objectives()[0]);
            // the answer is the same page again: look for the choice only once it has replaced the one sent
            HeadlessChromium.leaveBy(browser, browser.findElement(By.cssSelector("#n-" + objective + " button")));
            assertThat(new Select(browser.findElement(By.id("dukung-" + objective)))
                            .getFirstSelectedOption()
                            .getText())
                    .contains("Meningkatnya tata kelola");
            chromium.screenshot("cascade/kaskade-keputusan");
            chromium.atPhoneWidth("cascade/kaskade-keputusan-390");

            for (String language : new String[] {"id", "en"}) {
                browser.manage().deleteAllCookies();
                browser.manage().addCookie(new Cookie("JWT", auditor, "/"));
                browser.manage().addCookie(new Cookie("bahasa", language, "/"));
                browser.get(server.getURI()
                        .resolve("/kaskade?tahun=2024&unit=" + p.root())
                        .toString());
                String tree = browser.findElement(By.id("kaskade")).getText();
                assertThat(tree).contains("Meningkatnya tata kelola", "Meningkatnya layanan umum");
                assertThat(tree)
                        .contains(language.equals("en") ? "The chain breaks" : "Rantai putus")
                        .contains(language.equals("en") ? "Supported by" : "Didukung oleh")
                        .contains(language.equals("en") ? "not filled" : "belum diisi")
                        .doesNotContain("NOT_FILLED", "OBJECTIVE", "AGREEMENT");
                assertThat(browser.findElement(By.id("jumlah-putus")).getText()).contains("1");
                chromium.screenshot("cascade/kaskade-" + language);
                chromium.atPhoneWidth("cascade/kaskade-" + language + "-390");
            }
            browser.get(server.getURI().resolve("/kaskade?tahun=dua-ribu").toString());
            assertThat(browser.findElement(By.id("galat-tahun")).getText()).isNotBlank();
        }
    }
}
