package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The stored Perjanjian Kinerja (issue 13): prepared from the IKU by a planner, a target adjusted with its
 * reason, signed and then read-only, revised into version 2 while version 1 stays readable; NIPs of 18 digits;
 * attainment measured against the signed PK's target by default and against the IKU's when asked; roles.
 * Each test works on a unit of its own, so the seed's figures stay as other tests expect them.
 */
@MicronautTest
class PerformanceAgreementIT {
    private static final String FIRST = "{\"name\":\"Drs. H. Ahmad Yani, M.Si\",\"position\":\"Kepala Biro Umum\","
            + "\"nip\":\"19700101 199503 1 001\"}";
    private static final String SECOND =
            "{\"name\":\"Dr. Siti Aminah\",\"position\":\"Sekretaris Daerah\"," + "\"nip\":\"196805121990032002\"}";

    private static final java.util.Map<String, String> HTML = java.util.Map.of("Accept", "text/html");

    @Inject
    EmbeddedServer server;

    private static JsonNode ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }

    /** A unit with an enacted IKU decree: one numeric indicator with the target 80 for 2024. */
    record UnitWithIku(String unit, String indicator) {}

    static UnitWithIku unitWithIku(ApiClient api, String planner) {
        String unique = Long.toHexString(System.nanoTime());
        // a root unit is the administrator's to register, its IKU a planner's of that unit (ADR 0020), and so is
        // the PK
        String unit = api.newRootUnit("Biro PK " + unique);
        return ikuOf(api, unit, api.plannerOf(unit));
    }

    /** An enacted IKU (one indicator, target 80 for 2024) of an existing unit, built by a planner of it. */
    static UnitWithIku ikuOf(ApiClient api, String unit, String builder) {
        String unique = Long.toHexString(System.nanoTime());
        String period = ok(api.post(
                        "/api/v1/plan-periods",
                        builder,
                        "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"))
                .path("id")
                .asText();
        String decree = ok(api.post(
                        "/api/v1/decrees",
                        builder,
                        "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"" + unique + "/PK/2024\","
                                + "\"title\":\"INDIKATOR KINERJA UTAMA\",\"issuingOfficial\":\"KEPALA BIRO\","
                                + "\"signatory\":{\"name\":\"A\",\"position\":\"KEPALA BIRO\"},"
                                + "\"decisions\":[\"IKU sebagaimana tercantum dalam Lampiran.\"],"
                                + "\"place\":\"Pontianak\"}"))
                .path("id")
                .asText();
        String objective = ok(api.post(
                        "/api/v1/decrees/" + decree + "/objectives",
                        builder,
                        "{\"planPeriodId\":\"" + period + "\",\"code\":\"S1\",\"statement\":\"Meningkatnya layanan\"}"))
                .path("id")
                .asText();
        String indicator = ok(api.post(
                        "/api/v1/objectives/" + objective + "/indicators",
                        builder,
                        WriteRouteScenarios.numericIndicatorBody("[{\"year\":2024,\"value\":80}]", null)))
                .path("id")
                .asText();
        ok(api.post("/api/v1/decrees/" + decree + "/enact", builder, "{\"version\":0,\"enactedOn\":\"2024-01-03\"}"));
        return new UnitWithIku(unit, indicator);
    }

    private static String draftBody(String firstParty) {
        return "{\"year\":2024,\"firstParty\":" + firstParty + ",\"secondParty\":" + SECOND + ",\"programmes\":["
                + "{\"code\":\"1.01.01\",\"name\":\"Program Penunjang Urusan Pemerintahan\","
                + "\"budget\":\"1.500.000.000,00\"},"
                + "{\"code\":\"1.01.01.2.01\",\"name\":\"Kegiatan Pelayanan Umum\",\"budget\":250000000.5}]}";
    }

    private static String adjustment(long version, String value, String reason) {
        return "{\"version\":" + version + ",\"target\":{\"year\":2024,\"value\":\"" + value + "\"}"
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    private static JsonNode firstIndicatorYear(JsonNode attainment) {
        return attainment.path("objectives").get(0).path("indicators").get(0).path("evaluation");
    }

    @Test
    void aPkIsPreparedAdjustedSignedAndRevisedWhileEarlierVersionsStayReadable() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        UnitWithIku iku = unitWithIku(api, null);
        // the PK is a planner's of the unit (ADR 0020)
        String planner = api.plannerOf(iku.unit());
        String evaluator = api.tokenForNewUser("EVALUATOR", iku.unit());
        String auditor = api.tokenForNewUser("AUDITOR");
        String current = "/api/v1/units/" + iku.unit() + "/performance-agreements?year=2024";

        JsonNode proposal = ok(api.get(current, auditor));
        assertThat(proposal.path("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposal.path("lines").get(0).path("target").path("value").decimalValue())
                .isEqualByComparingTo("80");

        String prepare = "/api/v1/units/" + iku.unit() + "/performance-agreements";
        assertThat(api.post(prepare, null, draftBody(FIRST)).status()).isEqualTo(401);
        assertThat(api.post(prepare, evaluator, draftBody(FIRST)).status()).isEqualTo(403);
        assertThat(api.post(prepare, auditor, draftBody(FIRST)).status()).isEqualTo(403);
        ApiClient.Answer shortNip = api.post(
                prepare, planner, draftBody("{\"name\":\"A\",\"position\":\"Kepala\",\"nip\":\"1970010119950310\"}"));
        assertThat(shortNip.status()).as(shortNip.body()).isEqualTo(422);
        assertThat(shortNip.body()).contains("firstParty.nip", "18");
        ApiClient.Answer lettersNip = api.post(
                prepare, planner, draftBody("{\"name\":\"A\",\"position\":\"Kepala\",\"nip\":\"19700101199503100X\"}"));
        assertThat(lettersNip.status()).as(lettersNip.body()).isEqualTo(422);
        assertThat(lettersNip.body()).contains("agreement.nip");

        JsonNode draft = ok(api.post(prepare, planner, draftBody(FIRST)));
        String first = draft.path("id").asText();
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("number").asInt()).isEqualTo(1);
        assertThat(draft.path("firstPartyDetail").path("nip").asText()).isEqualTo("197001011995031001");
        assertThat(draft.path("totalBudget").decimalValue()).isEqualByComparingTo("1750000000.50");
        assertThat(draft.path("programmes").get(0).path("budget").decimalValue())
                .isEqualByComparingTo("1500000000.00");
        assertThat(api.post(prepare, planner, draftBody(FIRST)).status()).isEqualTo(409);

        String target = "/api/v1/performance-agreements/" + first + "/targets/" + iku.indicator();
        assertThat(api.put(target, planner, adjustment(0, "76", null)).status())
                .as("an adjustment needs its reason")
                .isEqualTo(422);
        assertThat(api.put(target, evaluator, adjustment(0, "76", "pagu dipotong"))
                        .status())
                .isEqualTo(403);
        JsonNode adjusted = ok(api.put(target, planner, adjustment(0, "76", "pagu APBD 2024 dipotong 5 %")));
        JsonNode line = adjusted.path("lines").get(0);
        assertThat(line.path("target").path("value").decimalValue()).isEqualByComparingTo("76");
        assertThat(line.path("ikuTarget").path("value").decimalValue()).isEqualByComparingTo("80");
        assertThat(line.path("adjustmentReason").asText()).isEqualTo("pagu APBD 2024 dipotong 5 %");
        ApiClient.Answer stale = api.put(target, planner, adjustment(0, "77", "lagi"));
        assertThat(stale.status())
                .as("an edit on version 0 after another edit: " + stale.body())
                .isEqualTo(409);

        // the year's realization: 76
        ok(api.post(
                "/api/v1/indicators/" + iku.indicator() + "/realizations",
                evaluator,
                "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"76\"}"));
        String attainment = "/api/v1/units/" + iku.unit() + "/attainment?year=2024";
        JsonNode unsigned = ok(api.get(attainment, auditor));
        assertThat(unsigned.path("targetBasis").path("basis").asText())
                .as("a draft PK is no basis")
                .isEqualTo("IKU");
        assertThat(firstIndicatorYear(unsigned)
                        .path("attainment")
                        .path("percent")
                        .decimalValue())
                .isEqualByComparingTo("95.00");
        assertThat(api.get(attainment + "&basis=AGREEMENT", auditor).status()).isEqualTo(409);

        String sign = "/api/v1/performance-agreements/" + first + "/sign";
        assertThat(api.post(sign, evaluator, "{\"version\":1,\"signedOn\":\"2024-01-15\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(sign, auditor, "{\"version\":1,\"signedOn\":\"2024-01-15\"}")
                        .status())
                .isEqualTo(403);
        JsonNode signed = ok(api.post(sign, planner, "{\"version\":1,\"signedOn\":\"2024-01-15\"}"));
        assertThat(signed.path("status").asText()).isEqualTo("SIGNED");
        assertThat(signed.path("signedOn").asText()).isEqualTo("2024-01-15");

        ApiClient.Answer afterSigning = api.put(target, planner, adjustment(2, "70", "lagi"));
        assertThat(afterSigning.status()).as(afterSigning.body()).isEqualTo(409);
        assertThat(afterSigning.body()).contains("agreement.signed");
        assertThat(api.put(
                                "/api/v1/performance-agreements/" + first,
                                planner,
                                "{\"version\":2,\"firstParty\":" + FIRST + ",\"secondParty\":" + SECOND + "}")
                        .status())
                .isEqualTo(409);
        assertThat(api.post(sign, planner, "{\"version\":2,\"signedOn\":\"2024-01-16\"}")
                        .status())
                .isEqualTo(409);

        JsonNode byDefault = ok(api.get(attainment, auditor));
        assertThat(byDefault.path("targetBasis").path("basis").asText()).isEqualTo("AGREEMENT");
        assertThat(byDefault.path("targetBasis").path("agreementVersion").asInt())
                .isEqualTo(1);
        assertThat(byDefault.path("targetBasis").path("explanation").path("id").asText())
                .contains("Perjanjian Kinerja versi 1", "15 Januari 2024");
        assertThat(firstIndicatorYear(byDefault).path("target").path("value").decimalValue())
                .isEqualByComparingTo("76");
        assertThat(firstIndicatorYear(byDefault)
                        .path("attainment")
                        .path("percent")
                        .decimalValue())
                .isEqualByComparingTo("100.00");
        JsonNode againstIku = ok(api.get(attainment + "&basis=IKU", auditor));
        assertThat(againstIku.path("targetBasis").path("basis").asText()).isEqualTo("IKU");
        assertThat(firstIndicatorYear(againstIku)
                        .path("attainment")
                        .path("percent")
                        .decimalValue())
                .isEqualByComparingTo("95.00");

        String revise = "/api/v1/performance-agreements/" + first + "/revise";
        assertThat(api.post(revise, evaluator, "{\"reason\":\"pergantian pejabat\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(revise, planner, "{}").status())
                .as("a revision needs its reason")
                .isEqualTo(422);
        JsonNode second = ok(api.post(revise, planner, "{\"reason\":\"Pergantian pejabat pihak pertama\"}"));
        String secondId = second.path("id").asText();
        assertThat(second.path("number").asInt()).isEqualTo(2);
        assertThat(second.path("status").asText()).isEqualTo("DRAFT");
        assertThat(second.path("revisionReason").asText()).isEqualTo("Pergantian pejabat pihak pertama");
        assertThat(api.post(revise, planner, "{\"reason\":\"lagi\"}").status())
                .as("only the latest version is revised")
                .isEqualTo(409);
        ok(api.put(
                "/api/v1/performance-agreements/" + secondId + "/targets/" + iku.indicator(),
                planner,
                adjustment(0, "78", "tambahan anggaran perubahan")));

        JsonNode versions =
                ok(api.get("/api/v1/units/" + iku.unit() + "/performance-agreements/versions?year=2024", evaluator));
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("status").asText()).isEqualTo("SIGNED");
        assertThat(versions.get(1).path("status").asText()).isEqualTo("DRAFT");
        assertThat(ok(api.get(current, evaluator)).path("number").asInt())
                .as("the latest signed version holds while version 2 is a draft")
                .isEqualTo(1);
        JsonNode firstAgain = ok(api.get("/api/v1/performance-agreements/" + first, auditor));
        assertThat(firstAgain.path("lines").get(0).path("target").path("value").decimalValue())
                .isEqualByComparingTo("76");
        assertThat(ok(api.get("/api/v1/performance-agreements/" + secondId, auditor))
                        .path("lines")
                        .get(0)
                        .path("target")
                        .path("value")
                        .decimalValue())
                .isEqualByComparingTo("78");

        ok(api.post(
                "/api/v1/performance-agreements/" + secondId + "/sign",
                planner,
                "{\"version\":1,\"signedOn\":\"2024-07-01\"}"));
        assertThat(ok(api.get(current, evaluator)).path("number").asInt()).isEqualTo(2);
        assertThat(ok(api.get(attainment, auditor))
                        .path("targetBasis")
                        .path("agreementVersion")
                        .asInt())
                .isEqualTo(2);

        HttpResponse<byte[]> pdf = DecreeDocumentIT.fetch(
                server.getURI(), "/api/v1/performance-agreements/" + first, auditor, DecreeDocumentIT.PDF);
        assertThat(pdf.statusCode()).isEqualTo(200);
        DocumentFiles.savePages(pdf.body(), "pk-stored-v1");
        String text = DocumentFiles.pdfText(pdf.body()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("PERJANJIAN KINERJA TAHUN 2024", "Versi 1, ditandatangani 15 Januari 2024")
                // dated where the decree was made, above the first party's signature
                .contains("Pontianak, 15 Januari 2024 Pihak Pertama")
                .contains("197001011995031001", "196805121990032002", "Sekretaris Daerah")
                .contains(" 76 ", "Disesuaikan", "pagu APBD", "Rp1.500.000.000", "Rp1.750.000.000,50");
        HttpResponse<byte[]> revisedPdf =
                DecreeDocumentIT.fetch(server.getURI(), current, auditor, DecreeDocumentIT.PDF);
        DocumentFiles.savePages(revisedPdf.body(), "pk-stored-v2");
        assertThat(DocumentFiles.pdfText(revisedPdf.body()).replaceAll("\\s+", " "))
                .contains(
                        "PERJANJIAN KINERJA PERUBAHAN TAHUN 2024",
                        "Pergantian pejabat pihak pertama",
                        " 78 ",
                        "tambahan anggaran");
        assertThat(DocumentFiles.docxText(
                                DecreeDocumentIT.fetch(server.getURI(), current, auditor, DecreeDocumentIT.DOCX)
                                        .body())
                        .replaceAll("\\s+", " "))
                .contains("78", "Disesuaikan dari target IKU 80: tambahan anggaran perubahan", "Rp1.500.000.000");
        assertThat(DocumentFiles.xlsxText(
                        DecreeDocumentIT.fetch(server.getURI(), current, auditor, DecreeDocumentIT.XLSX)
                                .body()))
                .contains("\t78\tDisesuaikan dari target IKU 80: tambahan anggaran perubahan\t");
        assertThat(api.get(current, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/performance-agreements/" + first, null).status())
                .isEqualTo(401);

        // the page: the version that holds, its versions, and the first version with its adjusted target
        ApiClient.Answer page =
                api.send("GET", "/perjanjian-kinerja?unit=" + iku.unit() + "&tahun=2024", evaluator, null, null, HTML);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("tambahan anggaran perubahan", "Pergantian pejabat pihak pertama", first);
        ApiClient.Answer firstPage = api.send("GET", "/perjanjian-kinerja?versi=" + first, auditor, null, null, HTML);
        assertThat(firstPage.body()).contains("pagu APBD 2024 dipotong 5 %", "197001011995031001", "Rp1.500.000.000");
        HttpResponse<byte[]> download = DecreeDocumentIT.fetch(
                server.getURI(), "/perjanjian-kinerja/" + first + "/unduh/pdf", evaluator, "*/*");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(DocumentFiles.pdfText(download.body())).contains("PERJANJIAN KINERJA TAHUN 2024");
    }

    @Test
    void aBudgetIsExactRupiahAndAPkIsPreparedOnlyWhereAnIkuIsInForce() {
        ApiClient api = new ApiClient(server.getURI());
        UnitWithIku iku = unitWithIku(api, null);
        // the PK is a planner's of the unit (ADR 0020)
        String planner = api.plannerOf(iku.unit());
        String prepare = "/api/v1/units/" + iku.unit() + "/performance-agreements";
        ApiClient.Answer sen = api.post(
                prepare,
                planner,
                "{\"year\":2024,\"firstParty\":" + FIRST + ",\"secondParty\":" + SECOND
                        + ",\"programmes\":[{\"code\":\"1\",\"name\":\"Program\",\"budget\":\"10,005\"}]}");
        assertThat(sen.status()).as(sen.body()).isEqualTo(422);
        assertThat(sen.body()).contains("agreement.budget", "programmes[0].budget");
        ApiClient.Answer noIku = api.post(
                prepare, planner, "{\"year\":2030,\"firstParty\":" + FIRST + ",\"secondParty\":" + SECOND + "}");
        assertThat(noIku.status()).as(noIku.body()).isEqualTo(409);
        assertThat(noIku.body()).contains("agreement.no-iku");
    }
}
