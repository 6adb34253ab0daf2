package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.domain.fixtures.Fixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The golden survey cases of fixtures/golden, read from their files, through HTTP: the seed's four
 * services, every weight, the mean of services, four respondents with a blank, the sample size, XLSX, and
 * a bad file that stores nothing. The seed's indicator then shows the IKM as its 2024 realization.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyApiIT {
    private static final ObjectMapper JSON = ApiClient.JSON;

    private static final String CSV_FILE = "skm-seed-services-2024.csv";

    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String evaluator;
    private String bureau;
    private String seedIndicator;
    private JsonNode expected;

    @BeforeAll
    void findTheSeedIndicator() throws IOException {
        api = new ApiClient(server.getURI());
        evaluator = api.tokenForNewUser("EVALUATOR");
        JsonNode seed = api.seedDecree(evaluator);
        bureau = seed.path("issuingUnitId").asText();
        // surveys are planned and imported by an evaluator of the surveyed unit (ADR 0013)
        evaluator = api.tokenForNewUser("EVALUATOR", bureau);
        seedIndicator = api.get("/api/v1/decrees/" + seed.path("id").asText() + "/annex", evaluator)
                .json()
                .path("rows")
                .get(0)
                .path("indicatorId")
                .asText();
        expected = JSON.readTree(golden("skm-seed-services-2024.expected.json").toFile())
                .path("expected");
    }

    private static Path golden(String name) {
        return Fixtures.golden(name);
    }

    private String survey(String extra) {
        ApiClient.Answer created = api.post(
                "/api/v1/surveys",
                evaluator,
                "{\"unitId\":\"" + bureau + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"" + extra + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private ApiClient.Answer postCsv(String survey, byte[] csv, String query) {
        return api.send(
                "POST",
                "/api/v1/surveys/" + survey + "/responses" + query,
                evaluator,
                "text/csv",
                new String(csv, StandardCharsets.UTF_8));
    }

    private static byte[] goldenCsv() throws IOException {
        return Files.readAllBytes(golden(CSV_FILE));
    }

    @Test
    void theSeedServicesGiveTheGoldenIkmPerServiceAndPooledAndBecomeTheIndicatorsRealization() throws IOException {
        String survey =
                survey(",\"indicatorId\":\"" + seedIndicator + "\",\"weightVariant\":\"EXACT\",\"population\":500");

        ApiClient.Answer imported = postCsv(survey, goldenCsv(), "");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        JsonNode result = imported.json().path("result");
        assertThat(imported.json().path("stored").asLong())
                .isEqualTo(expected.path("respondents").asLong());
        assertThat(result.path("combination").asText()).isEqualTo("POOLED");
        assertThat(result.path("combined").path("respondents").asLong()).isEqualTo(355);
        assertThat(result.path("combined").path("ikm").decimalValue())
                .isEqualByComparingTo(expected.path("pooled").path("exact").asText());
        assertThat(imported.body())
                .contains("\"ikm\":" + expected.path("pooled").path("exact").asText());
        assertThat(result.path("combined").path("grade").asText())
                .isEqualTo(expected.path("pooled_grade").asText());
        assertThat(result.path("minimumSample").asLong()).isEqualTo(217);
        assertThat(result.path("belowMinimumSample").asBoolean()).isFalse();
        for (JsonNode service : result.path("services")) {
            JsonNode golden =
                    expected.path("by_service").path(service.path("service").asText());
            assertThat(golden.isMissingNode())
                    .as(service.path("service").asText())
                    .isFalse();
            JsonNode index = service.path("result");
            assertThat(index.path("respondents").asLong())
                    .isEqualTo(golden.path("respondents").asLong());
            assertThat(index.path("state").asText())
                    .isEqualTo(golden.path("state").asText());
            assertThat(index.path("ikm").decimalValue())
                    .isEqualByComparingTo(golden.path("ikm").asText());
            assertThat(index.path("grade").asText())
                    .isEqualTo(golden.path("grade").asText());
            for (int e = 0; e < 9; e++) {
                assertThat(index.path("elements")
                                .get(e)
                                .path("nrr")
                                .decimalValue()
                                .toPlainString())
                        .as("%s U%d", service.path("service").asText(), e + 1)
                        .isEqualTo(golden.path("nrr").get(e).asText());
            }
        }
        assertThat(result.path("services")).hasSize(4);

        JsonNode realizations = api.get("/api/v1/indicators/" + seedIndicator + "/survey-results", evaluator)
                .json();
        JsonNode realization = StreamSupport.stream(realizations.spliterator(), false)
                .filter(r -> r.path("surveyId").asText().equals(survey))
                .findFirst()
                .orElseThrow();
        assertThat(realization.path("year").asInt()).isEqualTo(2024);
        assertThat(realization.path("value").decimalValue()).isEqualByComparingTo("75.14");
        assertThat(realization.path("source").asText()).isEqualTo("SURVEY");
        assertThat(realization.path("methodology").asText()).isEqualTo("PERMENPANRB_14_2017");
        assertThat(realization.path("weightVariant").asText()).isEqualTo("EXACT");
        assertThat(realization.path("resultVersion").asInt()).isEqualTo(1);

        JsonNode profile = api.get("/api/v1/surveys/" + survey + "/result", evaluator)
                .json()
                .path("profile");
        long bySex = 0;
        for (Iterator<JsonNode> counts = profile.path("bySex").elements(); counts.hasNext(); ) {
            bySex += counts.next().asLong();
        }
        assertThat(bySex).as("missing answers are counted too").isEqualTo(355);
    }

    @Test
    void theLiteralWeightsReproduceWhatUnitsPublished() throws IOException {
        for (Map.Entry<String, String> weight :
                Map.of("LITERAL_0_11", "0.11", "LITERAL_0_111", "0.111").entrySet()) {
            String survey = survey(",\"weightVariant\":\"" + weight.getKey() + "\"");
            JsonNode result = postCsv(survey, goldenCsv(), "").json().path("result");

            assertThat(result.path("combined").path("ikm").decimalValue())
                    .as(weight.getKey())
                    .isEqualByComparingTo(
                            expected.path("pooled").path(weight.getValue()).asText());
            assertThat(result.path("weight").decimalValue()).isEqualByComparingTo(weight.getValue());
        }
    }

    @Test
    void theMeanOfServicesIsTheGoldenOne() throws IOException {
        String survey = survey(",\"combination\":\"MEAN_OF_SERVICES\"");

        JsonNode result = postCsv(survey, goldenCsv(), "").json().path("result");

        assertThat(result.path("combined").path("ikm").decimalValue())
                .isEqualByComparingTo(expected.path("mean_of_services").asText());
    }

    @Test
    void fourRespondentsWithABlankGiveTheGoldenFigures() throws IOException {
        JsonNode four = JSON.readTree(golden("ikm-four-respondents.json").toFile());
        StringBuilder csv = new StringBuilder("layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\n");
        for (JsonNode respondent : four.path("responses")) {
            csv.append("Pelayanan Umum");
            respondent.forEach(answer -> csv.append(',').append(answer.isNull() ? "" : answer.asText()));
            csv.append('\n');
        }
        String survey = survey("");

        JsonNode result = postCsv(survey, csv.toString().getBytes(StandardCharsets.UTF_8), "")
                .json()
                .path("result")
                .path("combined");

        assertThat(result.path("ikm").decimalValue())
                .isEqualByComparingTo(four.path("expected")
                        .path("by_weight")
                        .path("exact")
                        .path("ikm")
                        .asText());
        for (int e = 0; e < 9; e++) {
            assertThat(result.path("elements").get(e).path("nrr").decimalValue().toPlainString())
                    .isEqualTo(four.path("expected").path("nrr").get(e).asText());
        }
        assertThat(result.path("elements").get(8).path("answered").asLong()).isEqualTo(3);
    }

    @Test
    void aFileWithOneBadRowStoresNothingAndNamesTheRowAndColumn() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(golden(CSV_FILE), StandardCharsets.UTF_8));
        String[] cells = lines.get(199).split(";", -1);
        cells[9] = "5";
        lines.set(199, String.join(";", cells));
        String survey = survey("");

        JsonNode problem = postCsv(survey, String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "")
                .problem(422, "file.refused");

        assertThat(problem.path("errors")).hasSize(1);
        assertThat(problem.path("errors").get(0).path("row").asLong()).isEqualTo(200);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("U3");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("survey.answer-out-of-range");
        assertThat(problem.path("messages").path("id").asText()).contains("tidak ada yang disimpan");
        JsonNode result =
                api.get("/api/v1/surveys/" + survey + "/result", evaluator).json();
        assertThat(result.path("version").asInt()).isZero();
        assertThat(result.path("combined").path("respondents").asLong()).isZero();
        assertThat(result.path("combined").path("state").asText()).isEqualTo("NOT_COMPUTABLE");
    }

    @Test
    void aDryRunPreviewsWithoutStoring() throws IOException {
        String survey = survey("");

        JsonNode preview = postCsv(survey, goldenCsv(), "?dryRun=true").json();

        assertThat(preview.path("dryRun").asBoolean()).isTrue();
        assertThat(preview.path("stored").asLong()).isZero();
        assertThat(preview.path("result").path("combined").path("ikm").decimalValue())
                .isEqualByComparingTo("75.14");
        assertThat(api.get("/api/v1/surveys/" + survey + "/result", evaluator)
                        .json()
                        .path("version")
                        .asInt())
                .isZero();
    }

    @Test
    void aCorrectedFileMakesANewVersionAndKeepsTheEarlierOne() throws IOException {
        String survey = survey("");
        postCsv(survey, goldenCsv(), "");
        byte[] oneService = String.join(
                        "\n",
                        Files.readAllLines(golden(CSV_FILE), StandardCharsets.UTF_8)
                                .subList(0, 121))
                .getBytes(StandardCharsets.UTF_8);

        JsonNode corrected = postCsv(survey, oneService, "?mode=REPLACE").json().path("result");

        assertThat(corrected.path("version").asInt()).isEqualTo(2);
        assertThat(corrected.path("combined").path("ikm").decimalValue()).isEqualByComparingTo("74.59");
        JsonNode history =
                api.get("/api/v1/surveys/" + survey + "/results", evaluator).json();
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("combined").path("ikm").decimalValue()).isEqualByComparingTo("75.14");
        assertThat(history.get(0).path("computedAt").asText()).isNotBlank();
    }

    @Test
    void anXlsxWorkbookUploadedAsMultipartGivesTheSameResult() throws Exception {
        String survey = survey("");
        byte[] workbook = workbookOf(golden(CSV_FILE));

        ApiClient.Answer response =
                api.upload("/api/v1/surveys/" + survey + "/responses", evaluator, "skm-2024.xlsx", XLSX, workbook);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = response.json().path("result");
        assertThat(result.path("combined").path("ikm").decimalValue()).isEqualByComparingTo("75.14");
        assertThat(result.path("combined").path("respondents").asLong()).isEqualTo(355);
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedClearly() throws Exception {
        String survey = survey("");

        ApiClient.Answer response = api.upload(
                "/api/v1/surveys/" + survey + "/responses",
                evaluator,
                "rusak.xlsx",
                XLSX,
                "bukan buku kerja".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("errors").get(0).path("code").asText()).isEqualTo("file.malformed-xlsx");
    }

    @Test
    void anUnterminatedQuoteIsRefusedWithItsRow() {
        String survey = survey("");
        String csv =
                "layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9\nPelayanan Umum;4;4;4;4;4;4;4;4;4\n\"Pelayanan Umum;4;4;4;4;4;4;4;4;4\n";

        JsonNode problem =
                postCsv(survey, csv.getBytes(StandardCharsets.UTF_8), "").problem(422, "file.refused");

        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("file.malformed-csv");
        assertThat(problem.path("errors").get(0).path("row").asLong()).isEqualTo(3);
    }

    @Test
    void responsesEnteredOneByOneAreCheckedLikeAFile() {
        String survey = survey(",\"services\":[\"Pelayanan Umum\"]");
        String response = "{\"layanan\":\"Pelayanan Umum\",\"jenis_kelamin\":\"P\",\"usia\":34,"
                + "\"U1\":4,\"U2\":3,\"U3\":4,\"U4\":4,\"U5\":3,\"U6\":4,\"U7\":4,\"U8\":3,\"U9\":4}";

        ApiClient.Answer entered =
                api.post("/api/v1/surveys/" + survey + "/responses", evaluator, "[" + response + "]");
        JsonNode problem = api.post(
                        "/api/v1/surveys/" + survey + "/responses",
                        evaluator,
                        "[" + response + "," + response.replace("\"U3\":4", "\"U3\":0") + "]")
                .problem(422, "file.refused");

        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(entered.json().path("result").path("combined").path("ikm").decimalValue())
                .isEqualByComparingTo("91.67");
        assertThat(problem.path("errors").get(0).path("row").asLong()).isEqualTo(3);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("U3");
        assertThat(api.get("/api/v1/surveys/" + survey + "/result", evaluator)
                        .json()
                        .path("version")
                        .asInt())
                .isEqualTo(1);
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The golden CSV as a workbook: answers and ages as numbers, the rest as text. */
    private static byte[] workbookOf(Path csv) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            Sheet sheet = workbook.createSheet("SKM 2024");
            int rowNumber = 0;
            for (CSVRecord record :
                    CSVFormat.RFC4180.builder().setDelimiter(';').get().parse(reader)) {
                Row row = sheet.createRow(rowNumber++);
                for (int column = 0; column < record.size(); column++) {
                    String value = record.get(column);
                    if (rowNumber > 1 && value.matches("\\d{1,3}")) {
                        row.createCell(column).setCellValue(Integer.parseInt(value));
                    } else if (!value.isEmpty()) {
                        row.createCell(column).setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }
}
