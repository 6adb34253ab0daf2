package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The PK on its page (issue 13, items 1 and 6): a planner of the unit prepares it from the IKU, adjusts a target
 * with its reason, signs it and revises it, every refused form shown again with what was typed and the field
 * marked; and a planner of another unit is refused every one of these, the LKjIP's narrative and the public
 * page's switch (ADR 0020).
 */
@MicronautTest
class AgreementPagesIT {
    @Inject
    EmbeddedServer server;

    private static JsonNode ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }

    @Test
    void aPlannerPreparesAdjustsSignsAndRevisesThePkOnItsPageAndARefusedFormKeepsWhatWasTyped() {
        ApiClient api = new ApiClient(server.getURI());
        PerformanceAgreementIT.UnitWithIku iku = PerformanceAgreementIT.unitWithIku(api, null);
        String planner = api.plannerOf(iku.unit());
        String page = "/perjanjian-kinerja?unit=" + iku.unit() + "&tahun=2024";
        String prepare = "/perjanjian-kinerja/" + iku.unit() + "/2024/susun";

        String proposal = pageGet(api, page, planner, "id").body();
        assertThat(proposal).contains("id=\"form-pihak\"", "Susun PK").doesNotContain("id=\"tandatangani\"");
        assertThat(pageGet(api, page, api.tokenForNewUser("AUDITOR"), "id").body())
                .doesNotContain("id=\"form-pihak\"");

        // a NIP of 17 digits: the page again, the typed values kept, the field marked, the words Indonesian
        Map<String, String> parties = parties("19700101199503100");
        ApiClient.Answer shortNip = pagePost(api, prepare, planner, parties, "id");
        assertThat(shortNip.status()).isEqualTo(422);
        assertThat(shortNip.body())
                .contains("tepat 18 angka", "value=\"Drs. Ahmad Yani\"", "value=\"19700101199503100\"")
                .contains("1.01.01 | Program Penunjang Urusan | 1.500.000.000,00")
                .containsPattern("id=\"firstNip\"[^>]*aria-invalid=\"true\"")
                .doesNotContain("agreement.nip");
        // the same refusal in English
        assertThat(pagePost(api, prepare, planner, parties, "en").body()).contains("exactly 18 digits");

        // a programme line without its three parts, a budget that is no rupiah amount
        Map<String, String> badLine = parties("197001011995031001");
        badLine.put("programmes", "1.01.01 Program tanpa pemisah");
        ApiClient.Answer refusedLine = pagePost(api, prepare, planner, badLine, "id");
        assertThat(refusedLine.status()).isEqualTo(422);
        assertThat(refusedLine.body())
                .contains("kode | nama | anggaran", "1.01.01 Program tanpa pemisah")
                .containsPattern("id=\"programmes\"[^>]*aria-invalid=\"true\"");
        Map<String, String> badBudget = parties("197001011995031001");
        badBudget.put("programmes", "1.01.01 | Program | 1,5,0");
        assertThat(pagePost(api, prepare, planner, badBudget, "id").status()).isEqualTo(422);

        assertThat(pagePost(api, prepare, planner, parties("197001011995031001"), "id")
                        .status())
                .isEqualTo(303);
        JsonNode draft = ok(api.get("/api/v1/units/" + iku.unit() + "/performance-agreements?year=2024", planner));
        String id = draft.path("id").asText();
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("programmes").get(0).path("budget").decimalValue())
                .isEqualByComparingTo("1500000000");
        assertThat(pageGet(api, page, planner, "id").body())
                .contains("Rp1.500.000.000,00", "id=\"form-target-pk\"", "id=\"tandatangani\"");

        // a target adjusted without its reason is refused, the typed target kept; with it, stored
        String target = "/perjanjian-kinerja/" + id + "/target";
        Map<String, String> adjustment = new LinkedHashMap<>(
                Map.of("version", "0", "indicatorId", iku.indicator(), "targetValue", "75,5", "reason", ""));
        ApiClient.Answer noReason = pagePost(api, target, planner, adjustment, "id");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("value=\"75,5\"", "id=\"galat-target-pk\"");
        adjustment.put("reason", "pagu dipotong");
        assertThat(pagePost(api, target, planner, adjustment, "id").status()).isEqualTo(303);
        JsonNode adjusted = ok(api.get("/api/v1/performance-agreements/" + id, planner));
        assertThat(adjusted.path("lines").get(0).path("target").path("value").decimalValue())
                .isEqualByComparingTo("75.5");
        assertThat(adjusted.path("lines").get(0).path("adjustmentReason").asText())
                .isEqualTo("pagu dipotong");

        // a stale version: 409 and the page again; a date that is none: 422; then signed
        String sign = "/perjanjian-kinerja/" + id + "/tandatangan";
        assertThat(pagePost(api, sign, planner, Map.of("version", "0", "signedOn", "2024-01-15"), "id")
                        .status())
                .isEqualTo(409);
        ApiClient.Answer noDate =
                pagePost(api, sign, planner, Map.of("version", "1", "signedOn", "31 Februari 2024"), "id");
        assertThat(noDate.status()).isEqualTo(422);
        assertThat(noDate.body()).contains("31 Februari 2024");
        assertThat(pagePost(api, sign, planner, Map.of("version", "1", "signedOn", "15 Januari 2024"), "id")
                        .status())
                .isEqualTo(303);
        String signed = pageGet(api, page, planner, "id").body();
        assertThat(signed)
                .contains("Ditandatangani", "15 Januari 2024", "id=\"form-perubahan\"")
                .doesNotContain("id=\"form-pihak\"", "id=\"tandatangani\"");

        // read-only once signed: a change is refused beside its form
        Map<String, String> change = parties("197001011995031001");
        change.put("version", "2");
        ApiClient.Answer readOnly = pagePost(api, "/perjanjian-kinerja/" + id + "/ubah", planner, change, "id");
        assertThat(readOnly.status()).isEqualTo(409);
        assertThat(readOnly.body()).contains("sudah ditandatangani");

        // PK perubahan: a new draft version with its reason, version 1 still readable
        String revise = "/perjanjian-kinerja/" + id + "/perubahan";
        assertThat(pagePost(api, revise, planner, Map.of("reason", ""), "id").status())
                .isEqualTo(422);
        assertThat(pagePost(api, revise, planner, Map.of("reason", "pergantian pejabat"), "id")
                        .status())
                .isEqualTo(303);
        JsonNode versions =
                ok(api.get("/api/v1/units/" + iku.unit() + "/performance-agreements/versions?year=2024", planner));
        assertThat(versions).hasSize(2);
        String afterRevision = pageGet(api, page, planner, "id").body();
        assertThat(afterRevision).contains("pergantian pejabat", "id=\"form-pihak\"", "Rancangan versi 2");
        assertThat(pageGet(api, "/perjanjian-kinerja?versi=" + id, planner, "id")
                        .body())
                .contains("Ditandatangani", "15 Januari 2024", "75,5");
    }

    @Test
    void aPlannerOfAnotherUnitIsRefusedThePkTheNarrativeAndThePublicSwitchAPlannerOfTheUnitAboveIsNot() {
        ApiClient api = new ApiClient(server.getURI());
        PerformanceAgreementIT.UnitWithIku iku = PerformanceAgreementIT.unitWithIku(api, null);
        String own = api.plannerOf(iku.unit());
        String other = api.plannerOf(api.newRootUnit("Biro Lain " + Long.toHexString(System.nanoTime())));
        String prepareApi = "/api/v1/units/" + iku.unit() + "/performance-agreements";
        String draftBody = "{\"year\":2024,\"firstParty\":" + WriteRouteScenarios.AGREEMENT_PARTY + ",\"secondParty\":"
                + WriteRouteScenarios.AGREEMENT_PARTY + "}";

        api.post(prepareApi, other, draftBody).problem(403, "plan.not-responsible");
        ApiClient.Answer page = pagePost(
                api, "/perjanjian-kinerja/" + iku.unit() + "/2024/susun", other, parties("197001011995031001"), "id");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("id=\"form-pihak\"").doesNotContain("plan.not-responsible");

        String id = ok(api.post(prepareApi, own, draftBody)).path("id").asText();
        api.post("/api/v1/performance-agreements/" + id + "/sign", other, "{\"version\":0,\"signedOn\":\"2024-01-15\"}")
                .problem(403, "plan.not-responsible");
        api.put(
                        "/api/v1/performance-agreements/" + id + "/targets/" + iku.indicator(),
                        other,
                        "{\"version\":0,\"target\":{\"year\":2024,\"value\":75},\"reason\":\"pagu\"}")
                .problem(403, "plan.not-responsible");
        assertThat(pagePost(
                                api,
                                "/perjanjian-kinerja/" + id + "/tandatangan",
                                other,
                                Map.of("version", "0", "signedOn", "2024-01-15"),
                                "id")
                        .status())
                .isEqualTo(403);
        ok(api.post(
                "/api/v1/performance-agreements/" + id + "/sign", own, "{\"version\":0,\"signedOn\":\"2024-01-15\"}"));
        api.post("/api/v1/performance-agreements/" + id + "/revise", other, "{\"reason\":\"pergantian\"}")
                .problem(403, "plan.not-responsible");

        String narrative = "/api/v1/units/" + iku.unit() + "/reports/lkjip/2024/narrative";
        String closing = "{\"section\":\"CLOSING\",\"text\":\"Penutup\",\"version\":0}";
        api.put(narrative, other, closing).problem(403, "plan.not-responsible");
        assertThat(pagePost(
                                api,
                                "/laporan-kinerja/" + iku.unit() + "/2024/narasi",
                                other,
                                Map.of("section", "CLOSING", "text", "Penutup", "version", "0"),
                                "id")
                        .status())
                .isEqualTo(403);
        api.put("/api/v1/units/" + iku.unit() + "/publication", other, "{\"published\":true}")
                .problem(403, "plan.not-responsible");

        // the unit's own planner may, and so does the planner of a unit above (a section is served from above)
        ok(api.put(narrative, own, closing));
        ok(api.put("/api/v1/units/" + iku.unit() + "/publication", own, "{\"published\":false}"));
        String section = ok(api.post(
                        "/api/v1/units",
                        own,
                        "{\"parentId\":\"" + iku.unit() + "\",\"name\":\"Bagian " + Long.toHexString(System.nanoTime())
                                + "\",\"type\":\"BAGIAN\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"))
                .path("id")
                .asText();
        PerformanceAgreementIT.UnitWithIku sectionIku = PerformanceAgreementIT.ikuOf(api, section, own);
        assertThat(pagePost(
                                api,
                                "/perjanjian-kinerja/" + sectionIku.unit() + "/2024/susun",
                                own,
                                parties("197001011995031001"),
                                "id")
                        .status())
                .isEqualTo(303);
    }

    @Test
    void theBudgetRealizationIsExactRupiahWithItsAbsorptionAndSpendingNotEnteredIsNoZero() {
        ApiClient api = new ApiClient(server.getURI());
        PerformanceAgreementIT.UnitWithIku iku = PerformanceAgreementIT.unitWithIku(api, null);
        String planner = api.plannerOf(iku.unit());
        Map<String, String> form = parties("197001011995031001");
        form.put(
                "programmes",
                "1.01 | Program Penunjang Urusan | 1.500.000.000,00\n2.02 | Program Pelayanan Umum | 500.000.000,00");
        assertThat(pagePost(api, "/perjanjian-kinerja/" + iku.unit() + "/2024/susun", planner, form, "id")
                        .status())
                .isEqualTo(303);
        String id = ok(api.get("/api/v1/units/" + iku.unit() + "/performance-agreements?year=2024", planner))
                .path("id")
                .asText();
        String budget = "/api/v1/performance-agreements/" + id + "/budget-realization";

        JsonNode empty = ok(api.get(budget, api.tokenForNewUser("AUDITOR")));
        assertThat(empty.path("lines")).hasSize(2);
        assertThat(empty.path("lines").get(0).path("state").asText()).isEqualTo("NOT_FILLED");
        assertThat(absent(empty.path("lines").get(0).path("realized"))).isTrue();
        assertThat(empty.path("totalCeiling").decimalValue()).isEqualByComparingTo("2000000000");

        // all or nothing: a line naming no programme of the PK, a figure that is no rupiah amount
        api.put(budget, planner, "{\"lines\":[{\"code\":\"1.01\",\"realized\":\"1.000\"},{\"code\":\"9.99\"}]}")
                .problem(422, "budget.unknown-programme");
        JsonNode unread = api.put(budget, planner, "{\"lines\":[{\"code\":\"1.01\",\"realized\":\"1,2,3\"}]}")
                .problem(422, "number.unreadable");
        assertThat(unread.toString()).contains("lines[0].realized");
        assertThat(ok(api.get(budget, planner))
                        .path("lines")
                        .get(0)
                        .path("state")
                        .asText())
                .isEqualTo("NOT_FILLED");
        api.put(
                        budget,
                        api.plannerOf(api.newRootUnit("Biro Lain " + Long.toHexString(System.nanoTime()))),
                        "{\"lines\":[]}")
                .problem(403, "plan.not-responsible");

        JsonNode entered =
                ok(api.put(budget, planner, "{\"lines\":[{\"code\":\"1.01\",\"realized\":\"1.234.567.890,12\"}]}"));
        JsonNode first = entered.path("lines").get(0);
        assertThat(first.path("realized").decimalValue()).isEqualByComparingTo("1234567890.12");
        assertThat(first.path("absorption").decimalValue()).isEqualByComparingTo("82.30");
        assertThat(first.path("state").asText()).isEqualTo("FILLED");
        JsonNode second = entered.path("lines").get(1);
        assertThat(second.path("state").asText()).isEqualTo("NOT_FILLED");
        assertThat(absent(second.path("absorption"))).isTrue();
        assertThat(absent(entered.path("totalRealized"))).isTrue();
        assertThat(absent(entered.path("absorption"))).isTrue();

        JsonNode whole = ok(api.put(
                budget,
                planner,
                "{\"lines\":[{\"code\":\"1.01\",\"realized\":\"1.234.567.890,12\"},"
                        + "{\"code\":\"2.02\",\"ceiling\":\"400.000.000\",\"realized\":\"400.000.000\"}]}"));
        assertThat(whole.path("totalCeiling").decimalValue()).isEqualByComparingTo("1900000000");
        assertThat(whole.path("totalRealized").decimalValue()).isEqualByComparingTo("1634567890.12");
        assertThat(whole.path("absorption").decimalValue()).isEqualByComparingTo("86.03");
    }

    /** A figure the answer leaves out or sends as null: not entered, not computable — never 0. */
    private static boolean absent(JsonNode figure) {
        return figure.isMissingNode() || figure.isNull();
    }

    private static Map<String, String> parties(String firstNip) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("firstName", "Drs. Ahmad Yani");
        form.put("firstPosition", "Kepala Biro Umum");
        form.put("firstNip", firstNip);
        form.put("secondName", "Dr. Siti Aminah");
        form.put("secondPosition", "Sekretaris Daerah");
        form.put("secondNip", "196805121990032002");
        form.put("programmes", "1.01.01 | Program Penunjang Urusan | 1.500.000.000,00");
        return form;
    }

    private static ApiClient.Answer pageGet(ApiClient api, String path, String token, String language) {
        return api.send(
                "GET",
                path,
                null,
                null,
                null,
                Map.of("Cookie", "JWT=" + token + "; bahasa=" + language, "Accept", "text/html"));
    }

    private static ApiClient.Answer pagePost(
            ApiClient api, String path, String token, Map<String, String> fields, String language) {
        String form = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return api.send(
                "POST",
                path,
                null,
                "application/x-www-form-urlencoded",
                form,
                Map.of(
                        "Cookie",
                        "JWT=" + token + "; bahasa=" + language,
                        "Accept",
                        "text/html",
                        "Sec-Fetch-Site",
                        "same-origin"));
    }
}
