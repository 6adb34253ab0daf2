package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One string, one number, at every entry point (ADR 0015): "1.500" is one thousand five hundred through the
 * API's string values, the pages and a CSV or XLSX text cell, while the JSON number 1.500 stays one and a
 * half; what could be read two ways is refused with the accepted forms, naming the field; and a value outside
 * an indicator's valid range is refused, naming the range.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NumberReadingIT {
    private static final String ACCEPTED = "87,50 · 87.50 · 1.500 · 1.234.567,89";
    private static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");

    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String planner;
    private String evaluator;
    private String unit;
    private String decree;
    private String objective;
    private String planPeriod;
    private String draft;
    private String draftObjective;
    private String counted;
    private String percentage;
    private String index;
    private int nextSlot;

    @BeforeAll
    void anEnactedDecreeWithThreeIndicators() {
        api = new ApiClient(server.getURI());
        unit = api.newRootUnit("Biro Angka " + UUID.randomUUID());
        planner = api.plannerOf(unit);
        planPeriod = created(api.post(
                        "/api/v1/plan-periods",
                        planner,
                        "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"))
                .path("id")
                .asText();
        decree = created(api.post(
                        "/api/v1/decrees",
                        planner,
                        "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"" + UUID.randomUUID() + "/RO-UM/2024\","
                                + "\"title\":\"INDIKATOR KINERJA UTAMA\",\"issuingOfficial\":\"KEPALA BIRO\","
                                + "\"signatory\":{\"name\":\"DINI\",\"position\":\"KEPALA BIRO,\"},"
                                + "\"considerations\":[\"Bahwa …\"],\"legalBases\":[\"UU 23/2014\"],"
                                + "\"decisions\":[\"IKU sebagaimana tercantum dalam Lampiran.\"],"
                                + "\"place\":\"Pontianak\"}"))
                .path("id")
                .asText();
        objective = created(api.post(
                        "/api/v1/decrees/" + decree + "/objectives",
                        planner,
                        "{\"planPeriodId\":\"" + planPeriod
                                + "\",\"code\":\"1\",\"statement\":\"Meningkatkan layanan\"}"))
                .path("id")
                .asText();
        counted = define("{\"code\":\"1\",\"name\":\"Jumlah dokumen\",\"kind\":\"NUMERIC\","
                + "\"polarity\":\"HIGHER_IS_BETTER\",\"unitOfMeasure\":\"dokumen\",\"frequency\":\"QUARTERLY\"}");
        percentage = define("{\"code\":\"2\",\"name\":\"Persentase layanan tepat waktu\",\"kind\":\"NUMERIC\","
                + "\"polarity\":\"HIGHER_IS_BETTER\",\"unitOfMeasure\":\"%\","
                + "\"validRange\":{\"minimum\":0,\"maximum\":\"100\"}}");
        index = define("{\"code\":\"3\",\"name\":\"IKM Pelayanan Umum\",\"kind\":\"SATISFACTION_INDEX\","
                + "\"polarity\":\"HIGHER_IS_BETTER\",\"unitOfMeasure\":\"indeks\","
                + "\"surveyedServices\":[\"Pelayanan Umum\"]}");
        assertThat(api.post(
                                "/api/v1/decrees/" + decree + "/enact",
                                planner,
                                "{\"version\":0,\"enactedOn\":\"2024-01-03\"}")
                        .status())
                .isEqualTo(200);
        evaluator = api.tokenForNewUser("EVALUATOR", unit);
        draft = draftDecree();
        draftObjective = objectiveOf(draft);
    }

    private String draftDecree() {
        return created(api.post(
                        "/api/v1/decrees",
                        planner,
                        "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"" + UUID.randomUUID() + "/HAL/2024\","
                                + "\"title\":\"IKU\",\"issuingOfficial\":\"KEPALA\",\"signatory\":{\"name\":\"A\","
                                + "\"position\":\"B\"},\"considerations\":[\"Bahwa\"],\"legalBases\":[\"UU\"],"
                                + "\"decisions\":[\"IKU\"],\"place\":\"Pontianak\"}"))
                .path("id")
                .asText();
    }

    private String objectiveOf(String decreeId) {
        return created(api.post(
                        "/api/v1/decrees/" + decreeId + "/objectives",
                        planner,
                        "{\"planPeriodId\":\"" + planPeriod + "\",\"code\":\"1\",\"statement\":\"S\"}"))
                .path("id")
                .asText();
    }

    /** Defines an indicator under the draft decree's objective (an enacted decree takes no new indicator). */
    private ApiClient.Answer defineInDraft(String indicator) {
        return api.post("/api/v1/objectives/" + draftObjective + "/indicators", planner, indicator);
    }

    private String define(String indicator) {
        return created(api.post("/api/v1/objectives/" + objective + "/indicators", planner, indicator))
                .path("id")
                .asText();
    }

    private static JsonNode created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer.json();
    }

    /** Records a value of the counted indicator in a period of its own; the realization as stored. */
    private ApiClient.Answer realizeCounted(String value) {
        int slot = nextSlot++;
        return api.post(
                "/api/v1/indicators/" + counted + "/realizations",
                evaluator,
                "{\"year\":" + (2024 + slot / 4) + ",\"period\":\"" + QUARTERS.get(slot % 4) + "\",\"value\":" + value
                        + "}");
    }

    private static void refusedAsUnreadable(ApiClient.Answer answer, String field) {
        JsonNode problem = answer.problem(422, "number.unreadable");
        assertThat(problem.path("field").asText()).isEqualTo(field);
        assertThat(problem.path("messages").path("id").asText()).contains(ACCEPTED);
        assertThat(problem.path("messages").path("en").asText()).contains(ACCEPTED);
    }

    @Test
    void theApiReadsAStringTheIndonesianWayAndAJsonNumberAsAJsonNumber() {
        assertThat(created(realizeCounted("\"1.500\"")).path("value").decimalValue())
                .isEqualTo(new BigDecimal("1500"));
        assertThat(created(realizeCounted("1.500")).path("value").decimalValue())
                .isEqualTo(new BigDecimal("1.500"));
        assertThat(created(realizeCounted("\"87,50\"")).path("value").decimalValue())
                .isEqualTo(new BigDecimal("87.50"));
        assertThat(created(realizeCounted("\"1.234.567,89\"")).path("value").decimalValue())
                .isEqualTo(new BigDecimal("1234567.89"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "+3", ".5", "١٢٣", "1.500,5,3", "1.5000", "87,5%", "baik"})
    void aRealizationThatCouldBeReadTwoWaysIsRefusedWithTheAcceptedForms(String written) {
        int before = nextSlot;
        refusedAsUnreadable(realizeCounted("\"" + written + "\""), "value");
        nextSlot = before;
    }

    @Test
    void aPercentSignIsReadOnlyWhereTheUnitIsAPercentage() {
        JsonNode recorded = created(api.post(
                "/api/v1/indicators/" + percentage + "/realizations",
                evaluator,
                "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"87,5%\"}"));
        assertThat(recorded.path("value").decimalValue()).isEqualTo(new BigDecimal("87.5"));
    }

    @Test
    void aValueOutsideTheValidRangeIsRefusedNamingTheRange() {
        JsonNode tooHigh = api.post(
                        "/api/v1/indicators/" + percentage + "/realizations",
                        evaluator,
                        "{\"year\":2025,\"period\":\"ANNUAL\",\"value\":\"1.500\"}")
                .problem(422, "value.outside-range");
        assertThat(tooHigh.path("field").asText()).isEqualTo("value");
        assertThat(tooHigh.path("messages").path("id").asText())
                .contains("1.500")
                .contains("0 – 100");

        // The IKM realization of "1.500" that was once stored as 1,5: now read as 1500, outside 25–100.
        JsonNode ikm = api.post(
                        "/api/v1/indicators/" + index + "/realizations",
                        evaluator,
                        "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"1.500\"}")
                .problem(422, "value.outside-range");
        assertThat(ikm.path("messages").path("en").asText()).contains("25 – 100");
        api.post(
                        "/api/v1/indicators/" + index + "/realizations",
                        evaluator,
                        "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":1.5}")
                .problem(422, "value.outside-range");
        assertThat(api.get("/api/v1/indicators/" + index + "/realizations", evaluator)
                        .body())
                .doesNotContain("\"value\":1.5")
                .doesNotContain("\"value\":1500");
        assertThat(created(api.post(
                                "/api/v1/indicators/" + index + "/realizations",
                                evaluator,
                                "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":\"82,75\"}"))
                        .path("value")
                        .decimalValue())
                .isEqualTo(new BigDecimal("82.75"));
    }

    @Test
    void targetsAndBaselinesReadTheSameWay() {
        String indicator = created(defineInDraft("{\"code\":\"4\",\"name\":\"Jumlah kegiatan\",\"kind\":\"NUMERIC\","
                        + "\"polarity\":\"HIGHER_IS_BETTER\",\"unitOfMeasure\":\"kegiatan\","
                        + "\"baseline\":{\"value\":\"1.200\",\"year\":2023},"
                        + "\"targets\":[{\"year\":2024,\"value\":\"1.500\"},{\"year\":2025,\"value\":\"87,50\"},"
                        + "{\"year\":2026,\"lower\":\"1.000\",\"upper\":1.5E3}]}"))
                .path("id")
                .asText();
        JsonNode stored = api.get("/api/v1/indicators/" + indicator, planner).json();
        assertThat(stored.path("baseline").path("value").decimalValue()).isEqualTo(new BigDecimal("1200"));
        assertThat(stored.path("targets").get(0).path("value").decimalValue()).isEqualTo(new BigDecimal("1500"));
        assertThat(stored.path("targets").get(1).path("value").decimalValue()).isEqualTo(new BigDecimal("87.50"));
        assertThat(stored.path("targets").get(2).path("lower").decimalValue()).isEqualTo(new BigDecimal("1000"));
        assertThat(stored.path("targets").get(2).path("upper").decimalValue()).isEqualByComparingTo("1500");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "+3", ".5", "١٢٣", "1.500,5,3"})
    void aTargetOrBaselineThatCouldBeReadTwoWaysIsRefusedNamingTheField(String written) {
        refusedAsUnreadable(
                defineInDraft("{\"name\":\"Refused\",\"kind\":\"NUMERIC\",\"polarity\":\"HIGHER_IS_BETTER\","
                        + "\"targets\":[{\"year\":2024,\"value\":\"" + written + "\"}]}"),
                "value");
        refusedAsUnreadable(
                defineInDraft("{\"name\":\"Refused\",\"kind\":\"NUMERIC\",\"polarity\":\"HIGHER_IS_BETTER\","
                        + "\"baseline\":{\"value\":\"" + written + "\",\"year\":2023}}"),
                "baseline.value");
        assertThat(api.get("/api/v1/decrees/" + draft + "/annex", planner).body())
                .doesNotContain("Refused");
    }

    @Test
    void aTargetOutsideTheValidRangeIsRefused() {
        JsonNode problem = defineInDraft(
                        "{\"name\":\"IKM lain\",\"kind\":\"SATISFACTION_INDEX\",\"polarity\":\"HIGHER_IS_BETTER\","
                                + "\"surveyedServices\":[\"Umum\"],\"targets\":[{\"year\":2024,\"value\":\"1.500\"}]}")
                .problem(422, "value.outside-range");
        assertThat(problem.path("messages").path("id").asText()).contains("25 – 100");
        defineInDraft("{\"name\":\"Persen lain\",\"kind\":\"NUMERIC\",\"polarity\":\"HIGHER_IS_BETTER\","
                        + "\"validRange\":{\"minimum\":\"0\",\"maximum\":\"100\"},"
                        + "\"baseline\":{\"value\":\"101\",\"year\":2023}}")
                .problem(422, "value.outside-range");
        defineInDraft("{\"name\":\"Terbalik\",\"kind\":\"NUMERIC\",\"polarity\":\"HIGHER_IS_BETTER\","
                        + "\"validRange\":{\"minimum\":\"100\",\"maximum\":\"0\"}}")
                .problem(422, "indicator.range-reversed");
    }

    private ApiClient.Answer page(String path, String form) {
        return api.send(
                "POST",
                path,
                null,
                "application/x-www-form-urlencoded",
                form,
                Map.of("Cookie", "JWT=" + evaluator, "Accept", "text/html"));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void thePageReadsARealizationTheSameWay() {
        int slot = nextSlot++;
        String year = String.valueOf(2024 + slot / 4);
        String quarter = QUARTERS.get(slot % 4);
        assertThat(page(
                                "/indikator/" + counted + "/realisasi",
                                "year=" + year + "&period=" + quarter + "&value=" + encoded("1.500"))
                        .status())
                .isEqualTo(303);
        JsonNode stored = StreamSupport.stream(
                        api.get("/api/v1/indicators/" + counted + "/realizations", evaluator)
                                .json()
                                .spliterator(),
                        false)
                .filter(r -> r.path("year").asInt() == Integer.parseInt(year)
                        && r.path("period").asText().equals(quarter))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the page's realization is not stored"));
        assertThat(stored.path("value").decimalValue()).isEqualTo(new BigDecimal("1500"));

        for (String written : List.of("1e3", "+3", ".5", "١٢٣")) {
            ApiClient.Answer refused =
                    page("/indikator/" + counted + "/realisasi", "year=2026&period=Q4&value=" + encoded(written));
            assertThat(refused.status()).as(written).isEqualTo(422);
            assertThat(refused.body()).as(written).contains("87,50 · 87.50 · 1.500");
        }
        ApiClient.Answer outOfRange =
                page("/indikator/" + index + "/realisasi", "year=2025&period=ANNUAL&value=" + encoded("1.500"));
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(outOfRange.body()).contains("25 – 100");
        assertThat(api.send(
                                "GET",
                                "/indikator/" + percentage,
                                null,
                                null,
                                null,
                                Map.of("Cookie", "JWT=" + evaluator, "Accept", "text/html"))
                        .body())
                .contains("id=\"rentang-nilai\">0 – 100<");
    }

    @Test
    void thePageFormDeclaresAValidRangeAndReadsTargetsTheSameWay() {
        String pageDraft = draftDecree();
        String pageObjective = objectiveOf(pageDraft);
        Map<String, String> asPlanner = Map.of("Cookie", "JWT=" + planner, "Accept", "text/html");
        String form = "objectiveId=" + pageObjective + "&code=9&name=Persentase+dokumen&unitOfMeasure=%25"
                + "&kind=NUMERIC&polarity=HIGHER_IS_BETTER&frequency=ANNUAL"
                + "&validMinimum=0&validMaximum=" + encoded("1.000")
                + "&targetYear1=2024&targetValue1=" + encoded("87,50")
                + "&targetYear2=2025&targetValue2=" + encoded("1.000");
        ApiClient.Answer defined = api.send(
                "POST",
                "/keputusan/" + pageDraft + "/indikator",
                null,
                "application/x-www-form-urlencoded",
                form,
                asPlanner);
        assertThat(defined.status()).as(defined.body()).isEqualTo(303);
        String indicatorId = api.get("/api/v1/decrees/" + pageDraft + "/annex", planner)
                .json()
                .path("rows")
                .get(0)
                .path("indicatorId")
                .asText();
        JsonNode indicator =
                api.get("/api/v1/indicators/" + indicatorId, planner).json();
        assertThat(indicator.path("validRange").path("maximum").decimalValue()).isEqualByComparingTo("1000");
        assertThat(indicator.path("validRange").path("declared").asBoolean()).isTrue();
        assertThat(indicator.path("targets").get(0).path("value").decimalValue())
                .isEqualTo(new BigDecimal("87.50"));
        assertThat(indicator.path("targets").get(1).path("value").decimalValue())
                .isEqualTo(new BigDecimal("1000"));

        ApiClient.Answer outside = api.send(
                "POST",
                "/keputusan/" + pageDraft + "/indikator",
                null,
                "application/x-www-form-urlencoded",
                form.replace("validMaximum=" + encoded("1.000"), "validMaximum=100"),
                asPlanner);
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.body()).contains("0 – 100");
    }

    private String survey() {
        return created(api.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + unit + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"}"))
                .path("id")
                .asText();
    }

    @Test
    void aCsvCellIsReadByTheSameRule() {
        String header = "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9,usia\n";
        String answers = "Umum,4,\"4,0\",4,4,4,4,4,4,4,";
        JsonNode imported = created(api.send(
                "POST",
                "/api/v1/surveys/" + survey() + "/responses",
                evaluator,
                "text/csv",
                header + answers + "35\n" + answers + "\n"));
        assertThat(imported.path("stored").asLong()).isEqualTo(2);
        assertThat(imported.path("result").path("combined").path("ikm").decimalValue())
                .isEqualByComparingTo("100");

        for (String written : List.of("+3", "١", "1e0", ".4")) {
            JsonNode refused = api.send(
                            "POST",
                            "/api/v1/surveys/" + survey() + "/responses",
                            evaluator,
                            "text/csv",
                            header + "Umum,4,4," + written + ",4,4,4,4,4,4,35\n")
                    .problem(422, "file.refused");
            assertThat(refused.path("errors").get(0).path("field").asText())
                    .as(written)
                    .isEqualTo("U3");
        }
        JsonNode age = api.send(
                        "POST",
                        "/api/v1/surveys/" + survey() + "/responses",
                        evaluator,
                        "text/csv",
                        header + "Umum,4,4,4,4,4,4,4,4,4,\"1.500\"\n")
                .problem(422, "file.refused");
        assertThat(age.path("errors").get(0).path("field").asText()).isEqualTo("usia");
    }

    @Test
    void anXlsxTextCellIsReadByTheSameRuleAndANumberCellStaysANumber() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("SKM");
            Row header = sheet.createRow(0);
            String[] names = {"layanan", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Umum");
            row.createCell(1).setCellValue("4,0");
            for (int c = 2; c < names.length; c++) {
                row.createCell(c).setCellValue(3.0);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            book.write(bytes);
            workbook = bytes.toByteArray();
        }
        ApiClient.Answer imported = api.upload(
                "/api/v1/surveys/" + survey() + "/responses",
                evaluator,
                "skm.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbook);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode elements = imported.json().path("result").path("combined").path("elements");
        assertThat(elements.get(0).path("nrr").decimalValue()).isEqualByComparingTo("4");
        assertThat(elements.get(1).path("nrr").decimalValue()).isEqualByComparingTo("3");
    }
}
