package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.fixtures.Fixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * No silent doubles: a survey file imported twice, or naming respondents already stored, is refused with
 * 409 naming the earlier import unless the responses are replaced; a second survey of an indicator and
 * year, a population smaller than the respondents and a negative realization are warned of, in the API and
 * on the pages.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyDoublesIT {
    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private ApiClient.Person evaluator;
    private String bureau;
    private String seedIndicator;
    private String golden;

    @BeforeAll
    void findTheSeedIndicator() throws IOException {
        api = new ApiClient(server.getURI());
        JsonNode seed = api.seedDecree(api.adminToken());
        bureau = seed.path("issuingUnitId").asText();
        seedIndicator = api.firstIndicatorOf(seed, api.adminToken());
        evaluator = api.newUser("EVALUATOR", bureau);
        golden = Files.readString(Fixtures.golden("skm-seed-services-2024.csv"), StandardCharsets.UTF_8);
    }

    private String survey(String extra) {
        ApiClient.Answer created = api.post(
                "/api/v1/surveys",
                evaluator.token(),
                "{\"unitId\":\"" + bureau + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"" + extra + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private ApiClient.Answer importCsv(String survey, String query, String csv) {
        return api.send("POST", "/api/v1/surveys/" + survey + "/responses" + query, evaluator.token(), "text/csv", csv);
    }

    private static List<String> codes(JsonNode warnings) {
        return StreamSupport.stream(warnings.spliterator(), false)
                .map(warning -> warning.path("code").asText())
                .toList();
    }

    @Test
    void theSameFileTwiceIsRefusedNamingTheFirstImportUnlessTheResponsesAreReplaced() {
        String survey = survey("");
        ApiClient.Answer stored = api.upload(
                "/api/v1/surveys/" + survey + "/responses",
                evaluator.token(),
                "skm-biro-umum-2024.csv",
                "text/csv",
                golden.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);

        JsonNode refused = importCsv(survey, "", golden).problem(409, "survey.file-imported");
        assertThat(refused.path("messages").path("en").asText())
                .contains("skm-biro-umum-2024.csv")
                .contains("355 responses")
                .contains("Replace the stored responses");
        assertThat(refused.path("messages").path("id").asText()).contains("sudah pernah diimpor");
        importCsv(survey, "?dryRun=true", golden).problem(409, "survey.file-imported");

        ApiClient.Answer replaced = importCsv(survey, "?mode=REPLACE", golden);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode result = api.get("/api/v1/surveys/" + survey + "/result", evaluator.token())
                .json();
        assertThat(result.path("version").asInt()).isEqualTo(2);
        assertThat(result.path("combined").path("respondents").asLong())
                .as("replaced, not doubled")
                .isEqualTo(355);
    }

    @Test
    void aFileNamingARespondentAlreadyStoredIsRefused() {
        String survey = survey("");
        String header = golden.lines().findFirst().orElseThrow();
        String firstRow = golden.lines().skip(1).findFirst().orElseThrow();
        assertThat(importCsv(survey, "", header + "\n" + firstRow + "\n").status())
                .isEqualTo(200);

        String secondFile = header + "\n"
                + golden.lines().skip(1).limit(3).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
        JsonNode refused = importCsv(survey, "", secondFile).problem(409, "survey.respondent-imported");
        assertThat(refused.path("field").asText()).isEqualTo("responden");
        assertThat(api.get("/api/v1/surveys/" + survey + "/result", evaluator.token())
                        .json()
                        .path("combined")
                        .path("respondents")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aPopulationSmallerThanTheRespondentsAndASecondSurveyOfTheIndicatorAndYearAreWarnedOf() {
        String small = survey(",\"population\":100");
        ApiClient.Answer imported = importCsv(small, "", golden);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(codes(imported.json().path("warnings"))).containsExactly("survey.population-below-respondents");
        assertThat(imported.json()
                        .path("warnings")
                        .get(0)
                        .path("messages")
                        .path("en")
                        .asText())
                .contains("100")
                .contains("355");
        assertThat(codes(api.get("/api/v1/surveys/" + small, evaluator.token())
                        .json()
                        .path("warnings")))
                .containsExactly("survey.population-below-respondents");

        String year = ",\"indicatorId\":\"" + seedIndicator + "\"";
        survey(year);
        ApiClient.Answer second = api.post(
                "/api/v1/surveys",
                evaluator.token(),
                "{\"unitId\":\"" + bureau + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"" + year + "}");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(codes(second.json().path("warnings"))).contains("survey.second-of-indicator-year");
    }

    @Test
    void aNegativeRealizationIsStoredWithAWarning() {
        TwoNodesIT.Quarterly quarterly = TwoNodesIT.quarterlyIndicator(api);
        String indicator = quarterly.id();
        String planner = api.tokenForNewUser("EVALUATOR", quarterly.unitId());
        ApiClient.Answer negative = api.post(
                "/api/v1/indicators/" + indicator + "/realizations",
                planner,
                "{\"year\":2024,\"period\":\"Q1\",\"value\":\"-3\"}");
        assertThat(negative.status()).as(negative.body()).isEqualTo(201);
        assertThat(codes(negative.json().path("warnings"))).containsExactly("realization.negative");
        ApiClient.Answer positive = api.post(
                "/api/v1/indicators/" + indicator + "/realizations",
                planner,
                "{\"year\":2024,\"period\":\"Q2\",\"value\":\"3\"}");
        assertThat(positive.json().path("warnings")).isEmpty();
    }

    @Test
    void thePageRefusesTheSameFileTwiceUnlessReplaceIsTickedAndShowsTheWarnings() throws IOException {
        String survey = survey(",\"population\":100");
        Path file = Files.createTempFile("skm-", ".csv");
        Files.writeString(file, golden);
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.browser();
            browser.get(server.getURI().resolve("/masuk").toString());
            browser.findElement(By.id("username")).sendKeys(evaluator.username());
            browser.findElement(By.id("password")).sendKeys(evaluator.password());
            submit(browser, "kirim");
            browser.get(server.getURI().resolve("/survei/" + survey).toString());
            browser.findElement(By.id("file")).sendKeys(file.toString());
            submit(browser, "unggah-berkas");
            assertThat(browser.findElement(By.id("peringatan")).getText())
                    .contains("Populasi (100) lebih kecil daripada jumlah responden yang dihitung (355)");

            browser.findElement(By.id("file")).sendKeys(file.toString());
            submit(browser, "unggah-berkas");
            assertThat(browser.findElement(By.id("unggah")).getText())
                    .contains("sudah pernah diimpor")
                    .contains(file.getFileName().toString());

            browser.findElement(By.id("file")).sendKeys(file.toString());
            browser.findElement(By.id("ganti")).click();
            submit(browser, "unggah-berkas");
            assertThat(browser.findElement(By.id("unggah")).getText()).doesNotContain("sudah pernah diimpor");
            assertThat(browser.findElement(By.id("hasil")).getText()).contains("355");
        } finally {
            Files.delete(file);
        }
        assertThat(api.get("/api/v1/surveys/" + survey + "/result", evaluator.token())
                        .json()
                        .path("version")
                        .asInt())
                .isEqualTo(2);
    }

    private static void submit(WebDriver browser, String buttonId) {
        WebElement button = browser.findElement(By.id(buttonId));
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(20), HeadlessChromium.POLL).until(driver -> {
            try {
                button.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }
}
