package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Survey results at summary level (issue 14, item 3; ADR 0035), through real HTTP on H2 and PostgreSQL.
 *
 * <p>The golden pair: 200 respondents answer the nine elements with the answer sums below, so Kinerja's own
 * computation from the answers gives 92,11; a report that rounds each element's mean (737 ÷ 200 = 3,685 → 3,69)
 * and then their mean (3,6889 → 3,69) to 2 decimals prints 3,69 × 25 = 92,25. Entered as that report gives
 * them, the NRRs reproduce 92,25, keep 92,11 beside it and say 0,14 apart.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportedSurveyResultIT {
    /** The sum of the 200 answers per element U1…U9 (answers of 3 and 4: sum − 600 answered 4). */
    static final int[] ANSWER_SUMS = {737, 745, 721, 800, 733, 751, 759, 681, 705};

    static final int RESPONDENTS = 200;
    static final byte[] REPORT =
            "%PDF-1.4\nLaporan Hasil SKM Biro Contoh 2024\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String unit;
    private String planner;
    private String evaluator;
    private String indicator;

    @BeforeAll
    void anEnactedDecreeWithAnIndexIndicator() {
        api = new ApiClient(server.getURI());
        unit = api.newRootUnit("Biro Laporan SKM " + Long.toHexString(System.nanoTime()));
        planner = api.plannerOf(unit);
        String period = created(api.post(
                "/api/v1/plan-periods",
                planner,
                "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"));
        evaluator = api.tokenForNewUser("EVALUATOR", unit);
        String decree = created(api.post(
                "/api/v1/decrees",
                planner,
                "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"IKU/" + Long.toHexString(System.nanoTime())
                        + "\",\"title\":\"IKU\",\"issuingOfficial\":\"Kepala Biro\","
                        + "\"signatory\":{\"name\":\"Kepala\",\"position\":\"KEPALA,\"},"
                        + "\"decisions\":[\"IKU\"],\"place\":\"Pontianak\"}"));
        String objective = created(api.post(
                "/api/v1/decrees/" + decree + "/objectives",
                planner,
                "{\"planPeriodId\":\"" + period + "\",\"code\":\"1\",\"statement\":\"Meningkatnya kepuasan\"}"));
        indicator = created(api.post(
                "/api/v1/objectives/" + objective + "/indicators",
                planner,
                "{\"code\":\"1.1\",\"name\":\"IKM\",\"unitOfMeasure\":\"indeks\",\"kind\":\"SATISFACTION_INDEX\","
                        + "\"polarity\":\"HIGHER_IS_BETTER\",\"targets\":[{\"year\":2024,\"value\":86}]}"));
        assertThat(api.post(
                                "/api/v1/decrees/" + decree + "/enact",
                                planner,
                                "{\"version\":0,\"enactedOn\":\"2024-01-03\"}")
                        .status())
                .isEqualTo(200);
    }

    private static String created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    private String survey(String indicatorOrNull) {
        return created(api.post(
                "/api/v1/surveys",
                evaluator,
                "{\"unitId\":\"" + unit + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\""
                        + (indicatorOrNull == null
                                ? ",\"services\":[\"Layanan A\"]"
                                : ",\"indicatorId\":\"" + indicatorOrNull + "\"")
                        + "}"));
    }

    /** The answers behind the golden pair: respondent r answers 4 to element e while r < sum − 600, else 3. */
    private static String answers() {
        StringBuilder csv = new StringBuilder("layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9\n");
        for (int respondent = 0; respondent < RESPONDENTS; respondent++) {
            csv.append("Layanan A");
            for (int sum : ANSWER_SUMS) {
                csv.append(';').append(respondent < sum - 3 * RESPONDENTS ? 4 : 3);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** The NRRs as the report prints them to 3 decimals, the Indonesian way: 737 ÷ 200 = "3,685". */
    private static Map<String, String> printedNrrs() {
        Map<String, String> nrrs = new LinkedHashMap<>();
        for (int i = 0; i < ANSWER_SUMS.length; i++) {
            nrrs.put(
                    "U" + (i + 1),
                    BigDecimal.valueOf(ANSWER_SUMS[i])
                            .divide(BigDecimal.valueOf(RESPONDENTS))
                            .setScale(3, RoundingMode.UNNECESSARY)
                            .toPlainString()
                            .replace('.', ','));
        }
        return nrrs;
    }

    /** A multipart body of text fields and the report file, as the API and the page both take it. */
    static ApiClient.Answer sendReport(
            ApiClient api, String path, String token, Map<String, String> fields, Map<String, String> headers) {
        String boundary = "kinerja-laporan-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"laporan-skm-2024.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(REPORT);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.send(
                "POST",
                path,
                token,
                "multipart/form-data; boundary=" + boundary,
                body.toString(StandardCharsets.ISO_8859_1),
                headers);
    }

    private ApiClient.Answer report(String survey, String token, Map<String, String> fields) {
        return sendReport(api, "/api/v1/surveys/" + survey + "/reported-results", token, fields, Map.of());
    }

    private Map<String, String> goldenReport() {
        Map<String, String> fields = new LinkedHashMap<>(printedNrrs());
        fields.put("reportTitle", "Laporan Hasil SKM Biro Contoh 2024");
        fields.put("rounding", "ELEMENT_MEANS_AND_INDEX_2DP");
        fields.put("printedIndex", "92,25");
        fields.put("respondents", String.valueOf(RESPONDENTS));
        return fields;
    }

    @Test
    void theAnswersGive92_11AndTheReportsNrrsReproduceItsPrinted92_25BesideIt() throws Exception {
        String computed = survey(null);
        ApiClient.Answer imported =
                api.send("POST", "/api/v1/surveys/" + computed + "/responses", evaluator, "text/csv", answers());
        assertThat(imported.status()).as(imported.body()).isBetween(200, 201);
        JsonNode fromAnswers =
                api.get("/api/v1/surveys/" + computed + "/result", evaluator).json();
        assertThat(fromAnswers.path("combined").path("ikm").decimalValue()).isEqualByComparingTo("92.11");
        assertThat(fromAnswers.path("origin").asText()).isEqualTo("COMPUTED");

        String reported = survey(null);
        ApiClient.Answer answer = report(reported, evaluator, goldenReport());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode result =
                api.get("/api/v1/surveys/" + reported + "/result", evaluator).json();
        assertThat(result.path("origin").asText()).isEqualTo("REPORTED");
        assertThat(result.path("combined").path("state").asText()).isEqualTo("REPORTED");
        assertThat(result.path("combined").path("ikm").decimalValue()).isEqualByComparingTo("92.25");
        assertThat(result.path("combined").path("grade").asText()).isEqualTo("A");
        JsonNode figures = result.path("reported");
        assertThat(figures.path("rounding").asText()).isEqualTo("ELEMENT_MEANS_AND_INDEX_2DP");
        assertThat(figures.path("reproducedIndex").decimalValue()).isEqualByComparingTo("92.25");
        assertThat(figures.path("printedIndex").decimalValue()).isEqualByComparingTo("92.25");
        assertThat(figures.path("exactIndex").decimalValue())
                .isEqualByComparingTo(fromAnswers.path("combined").path("ikm").decimalValue());
        assertThat(figures.path("difference").decimalValue()).isEqualByComparingTo("0.14");
        assertThat(figures.path("elements").get(0).path("nrr").decimalValue()).isEqualByComparingTo("3.685");
        assertThat(figures.path("elements").get(0).path("nrr").asText()).isEqualTo("3.685");
        assertThat(figures.path("elements")).hasSize(9);
        assertThat(figures.path("respondents").asLong()).isEqualTo(RESPONDENTS);

        // the report is kept byte for byte, with its SHA-256
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(REPORT));
        assertThat(figures.path("report").path("sha256").asText()).isEqualTo(sha256);
        var download = api.download(figures.path("report").path("href").asText(), evaluator);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(REPORT);

        // the survey page and the reported-result page both say it was reported, not computed
        String page = page("/survei/" + reported, evaluator).body();
        assertThat(page).contains("id=\"tanda-dilaporkan\"");
        assertThat(page("/survei/" + computed, evaluator).body()).doesNotContain("id=\"tanda-dilaporkan\"");
        String reportedPage =
                page("/survei/" + reported + "/dilaporkan", evaluator).body();
        assertThat(reportedPage)
                .contains("92,25")
                .contains("92,11")
                .contains("0,14")
                .contains("3,685");
    }

    @Test
    void aReportedResultFeedsTheIndicatorsRealizationAndItsAttainment() {
        String reported = survey(indicator);
        Map<String, String> alone = new LinkedHashMap<>();
        alone.put("reportTitle", "Laporan SKM 2024 (ringkasan)");
        alone.put("printedIndex", "92,25");
        ApiClient.Answer stored = report(reported, evaluator, alone);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        // the IKM alone: nothing to reproduce, so no exact figure beside it
        assertThat(stored.json().path("reported").path("exactIndex").isNumber()).isFalse();
        assertThat(stored.json().path("combined").path("ikm").decimalValue()).isEqualByComparingTo("92.25");

        JsonNode ofIndicator = api.get("/api/v1/indicators/" + indicator + "/survey-results", evaluator)
                .json();
        assertThat(ofIndicator.toString()).contains("REPORTED_SURVEY");

        ApiClient.Answer recorded = api.post(
                "/api/v1/indicators/" + indicator + "/realizations",
                evaluator,
                "{\"year\":2024,\"fromSurvey\":\"" + reported + "\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode realization = recorded.json();
        assertThat(realization.path("value").decimalValue()).isEqualByComparingTo("92.25");
        assertThat(realization.path("source").path("kind").asText()).isEqualTo("SURVEY");
        assertThat(realization.path("source").path("reference").asText()).isEqualTo(reported + "/1");

        JsonNode years = api.get("/api/v1/indicators/" + indicator + "/attainment", evaluator)
                .json()
                .path("years");
        JsonNode year2024 = years.get(0);
        assertThat(year2024.path("attainment").path("state").asText()).isEqualTo("COMPUTED");
        assertThat(year2024.path("attainment").path("percent").decimalValue())
                .isEqualByComparingTo(new BigDecimal("92.25")
                        .multiply(BigDecimal.valueOf(100))
                        .divide(new BigDecimal("86"), 2, RoundingMode.HALF_UP));

        // the realization page marks its value as reported
        String page =
                page("/realisasi/" + realization.path("id").asText(), evaluator).body();
        assertThat(page).contains("id=\"tanda-dilaporkan\"");
    }

    @Test
    void wrongNumbersAreRefusedNamingTheFieldInBothLanguages() {
        String survey = survey(null);

        Map<String, String> mismatch = goldenReport();
        mismatch.put("printedIndex", "92,11");
        JsonNode refused = report(survey, evaluator, mismatch).problem(422, "survey.reported-mismatch");
        assertThat(refused.path("field").asText()).isEqualTo("printedIndex");
        assertThat(refused.path("messages").path("id").asText())
                .contains("92,11")
                .contains("92,25");
        assertThat(refused.path("messages").path("en").asText())
                .contains("92.11")
                .contains("92.25");

        Map<String, String> tooHigh = goldenReport();
        tooHigh.put("U3", "4,5");
        assertThat(report(survey, evaluator, tooHigh)
                        .problem(422, "survey.reported-nrr")
                        .path("field")
                        .asText())
                .isEqualTo("U3");

        // "3.685" is three thousand six hundred and eighty-five by ADR 0015, far above the 1–4 scale
        Map<String, String> dotted = goldenReport();
        dotted.put("U1", "3.685");
        assertThat(report(survey, evaluator, dotted)
                        .problem(422, "survey.reported-nrr")
                        .path("field")
                        .asText())
                .isEqualTo("U1");

        Map<String, String> missing = goldenReport();
        missing.remove("U9");
        assertThat(report(survey, evaluator, missing)
                        .problem(422, "survey.reported-element-missing")
                        .path("field")
                        .asText())
                .isEqualTo("U9");

        Map<String, String> nothing = new LinkedHashMap<>();
        nothing.put("reportTitle", "Laporan");
        assertThat(report(survey, evaluator, nothing)
                        .problem(422, "survey.reported-needs-figures")
                        .path("field")
                        .asText())
                .isEqualTo("printedIndex");

        Map<String, String> outOfScale = new LinkedHashMap<>();
        outOfScale.put("reportTitle", "Laporan");
        outOfScale.put("printedIndex", "101");
        assertThat(report(survey, evaluator, outOfScale)
                        .problem(422, "survey.reported-index")
                        .path("field")
                        .asText())
                .isEqualTo("printedIndex");

        Map<String, String> badRounding = goldenReport();
        badRounding.put("rounding", "SOMETIMES");
        assertThat(report(survey, evaluator, badRounding)
                        .problem(422, "survey.reported-rounding")
                        .path("field")
                        .asText())
                .isEqualTo("rounding");

        // nothing was stored by any refusal
        assertThat(api.get("/api/v1/surveys/" + survey + "/result", evaluator)
                        .json()
                        .path("version")
                        .asInt())
                .isZero();

        // the page shows the refusal beside the form, as typed
        ApiClient.Answer onPage = sendReport(
                api,
                "/survei/" + survey + "/dilaporkan",
                null,
                mismatch,
                Map.of("Cookie", "JWT=" + evaluator, "Accept", "text/html"));
        assertThat(onPage.status()).isEqualTo(422);
        assertThat(onPage.body())
                .contains("id=\"galat-dilaporkan\"")
                .contains("92,25")
                .contains("value=\"3,685\"");
    }

    @Test
    void onlyASignedInEvaluatorOfTheUnitEntersAReportedResult() {
        String survey = survey(null);
        assertThat(report(survey, null, goldenReport()).status()).isEqualTo(401);
        report(survey, api.tokenForNewUser("AUDITOR"), goldenReport()).problem(403, "auth.forbidden");
        report(survey, api.tokenForNewUser("PLANNER"), goldenReport()).problem(403, "auth.forbidden");
        String otherUnit = api.newRootUnit("Biro Lain " + Long.toHexString(System.nanoTime()));
        JsonNode notServed = report(survey, api.tokenForNewUser("EVALUATOR", otherUnit), goldenReport())
                .problem(403, "survey.not-responsible");
        assertThat(notServed.path("messages").path("en").asText()).contains("is not an evaluator");
        assertThat(api.get("/api/v1/surveys/" + survey + "/reported-results/1/report", null)
                        .status())
                .isEqualTo(401);
        // a survey whose result is computed from its answers takes no reported result
        String computed = survey(null);
        api.send("POST", "/api/v1/surveys/" + computed + "/responses", evaluator, "text/csv", answers());
        report(computed, evaluator, goldenReport()).problem(409, "survey.reported-has-responses");
    }

    private ApiClient.Answer page(String path, String token) {
        return api.send("GET", path, null, null, null, Map.of("Cookie", "JWT=" + token, "Accept", "text/html"));
    }
}
