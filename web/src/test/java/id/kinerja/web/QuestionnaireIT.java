package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public SKM questionnaire (issue 16): answered in a real browser on a 390 px phone for two services, its
 * closed collection gives, figure for figure, the result an upload of the same answers gives; a second sending
 * of one visit is refused kindly, a robot's is dropped, a closed collection and a survey outside its period refuse
 * answers; the links and the closing keep to their roles.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnaireIT {
    private static final Pattern HIDDEN = Pattern.compile("name=\"(kunjungan|perangkat)\" value=\"([0-9a-f]{32})\"");
    private static final int THIS_YEAR =
            LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();

    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String evaluator;
    private String unit;
    private final HttpClient http = HttpClient.newHttpClient();

    /** One respondent: the service, nine answers, and the profile as the file writes it (blank: not given). */
    record Respondent(
            int service,
            int[] answers,
            String sex,
            String age,
            String education,
            String occupation,
            String suggestion) {}

    private static final List<Respondent> RESPONDENTS = List.of(
            new Respondent(0, new int[] {4, 3, 4, 3, 4, 3, 4, 3, 4}, "L", "30", "S1", "PNS", "Pelayanan cepat"),
            new Respondent(0, new int[] {3, 3, 3, 2, 3, 3, 3, 3, 3}, "P", "", "SMA", "Swasta", ""),
            new Respondent(1, new int[] {2, 3, 4, 4, 1, 2, 3, 4, 4}, "", "", "", "", ""),
            new Respondent(1, new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}, "", "61", "", "Lainnya", "Ruang tunggu sejuk"));

    private static final List<String> SERVICES = List.of("Pelayanan Ketatausahaan", "Pelayanan Rumah Tangga");

    @BeforeAll
    void openAUnitAndItsEvaluator() {
        api = new ApiClient(server.getURI());
        String admin = api.adminToken();
        unit = ok(api.post(
                        "/api/v1/units",
                        admin,
                        "{\"parentId\":null,\"name\":\"Biro Kuesioner " + System.nanoTime()
                                + "\",\"type\":\"BIRO\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"))
                .path("id")
                .asText();
        evaluator = api.tokenForNewUser("EVALUATOR", unit);
    }

    private String survey(int year) {
        return ok(api.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + unit + "\",\"year\":" + year
                                + ",\"methodology\":\"PERMENPANRB_14_2017\",\"population\":100,\"services\":[\""
                                + SERVICES.get(0) + "\",\"" + SERVICES.get(1) + "\"]}"))
                .path("id")
                .asText();
    }

    private List<String> codes(String survey) {
        JsonNode links = ok(api.get("/api/v1/surveys/" + survey + "/questionnaire-links", evaluator));
        assertThat(links).hasSize(2);
        assertThat(links.get(0).path("service").asText()).isEqualTo(SERVICES.get(0));
        assertThat(links.get(0).path("address").asText())
                .isEqualTo(server.getURI()
                        .resolve("/skm/" + links.get(0).path("code").asText())
                        .toString());
        return List.of(
                links.get(0).path("code").asText(), links.get(1).path("code").asText());
    }

    @Test
    void answersGivenOnAPhoneForTwoServicesMakeTheResultAnUploadOfTheSameAnswersMakes() throws IOException {
        String online = survey(THIS_YEAR);
        List<String> codes = codes(online);
        assertThat(codes(online)).as("the same links every time").isEqualTo(codes);

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.asPhone();
            WebDriver browser = chromium.browser();
            for (int i = 0; i < RESPONDENTS.size(); i++) {
                Respondent respondent = RESPONDENTS.get(i);
                boolean kiosk = i == RESPONDENTS.size() - 1;
                browser.get(url("/skm/" + codes.get(respondent.service()) + (kiosk ? "?kiosk=1" : "")));
                assertThat(browser.findElement(By.id("layanan")).getText())
                        .isEqualTo(SERVICES.get(respondent.service()));
                answer(browser, respondent);
                browser.findElement(By.id("kirim")).click();
                assertThat(browser.findElement(By.id("pesan")).getText()).contains("sudah kami terima");
                if (kiosk) {
                    // the counter's tablet comes back to an empty questionnaire by itself
                    new WebDriverWait(browser, Duration.ofSeconds(15), HeadlessChromium.POLL)
                            .until(driver ->
                                    !driver.findElements(By.id("kuesioner")).isEmpty());
                    assertThat(browser.findElement(By.id("u1-4")).isSelected()).isFalse();
                }
            }
            chromium.atPhoneWidth("kuesioner-skm");
        }

        JsonNode open = ok(api.get("/api/v1/surveys/" + online + "/result", evaluator));
        assertThat(open.path("version").asInt()).isZero();
        assertThat(open.path("provisional").path("provisional").asBoolean()).isTrue();
        assertThat(open.path("provisional").path("pendingAnswers").asLong()).isEqualTo(4);
        assertThat(open.path("provisional").path("minimumSample").asLong()).isEqualTo(80);

        JsonNode closed = ok(api.post("/api/v1/surveys/" + online + "/collection/close", evaluator, "{}"));
        assertThat(closed.path("open").asBoolean()).isFalse();
        assertThat(closed.path("closure").path("answers").asLong()).isEqualTo(4);
        assertThat(closed.path("closure").path("resultVersion").asInt()).isEqualTo(1);

        String uploaded = survey(THIS_YEAR);
        ok(api.send("POST", "/api/v1/surveys/" + uploaded + "/responses", evaluator, "text/csv", csv()));

        JsonNode fromQuestionnaire = ok(api.get("/api/v1/surveys/" + online + "/result", evaluator));
        JsonNode fromFile = ok(api.get("/api/v1/surveys/" + uploaded + "/result", evaluator));
        assertThat(fromQuestionnaire.path("provisional").isMissingNode()
                        || fromQuestionnaire.path("provisional").isNull())
                .isTrue();
        assertThat(fromQuestionnaire.path("combined").path("respondents").asLong())
                .isEqualTo(4);
        assertThat(fromQuestionnaire.path("combined").path("index").isNull()).isFalse();
        assertThat(figures(fromQuestionnaire)).isEqualTo(figures(fromFile));
        // the recount from the stored answers agrees: the answers were stored as responses, not only as sums
        assertThat(figures(ok(api.get("/api/v1/surveys/" + online + "/result?recount=true", evaluator))))
                .isEqualTo(figures(fromFile));
    }

    /** The result without what names the survey or the moment: every figure, per service, element and profile. */
    private static JsonNode figures(JsonNode result) {
        ObjectNode figures = result.deepCopy();
        figures.remove(List.of("surveyId", "computedAt", "provisional"));
        return figures;
    }

    private void answer(WebDriver browser, Respondent respondent) {
        for (int element = 0; element < 9; element++) {
            browser.findElement(By.cssSelector(
                            "label[for='u" + (element + 1) + "-" + respondent.answers()[element] + "']"))
                    .click();
        }
        if (!respondent.sex().isEmpty()) {
            browser.findElement(By.cssSelector(
                            "label[for='kelamin-" + respondent.sex().toLowerCase() + "']"))
                    .click();
        }
        if (!respondent.age().isEmpty()) {
            browser.findElement(By.id("usia")).sendKeys(respondent.age());
        }
        if (!respondent.education().isEmpty()) {
            new Select(browser.findElement(By.id("pendidikan"))).selectByValue(respondent.education());
        }
        if (!respondent.occupation().isEmpty()) {
            new Select(browser.findElement(By.id("pekerjaan"))).selectByValue(respondent.occupation());
        }
        if (!respondent.suggestion().isEmpty()) {
            browser.findElement(By.id("saran")).sendKeys(respondent.suggestion());
        }
    }

    /** The same answers as an SKM file, dated today as the questionnaire dates them. */
    private static String csv() {
        StringBuilder csv = new StringBuilder(
                "layanan;tanggal;jenis_kelamin;usia;pendidikan;pekerjaan;U1;U2;U3;U4;U5;U6;U7;U8;U9;saran\n");
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        for (Respondent r : RESPONDENTS) {
            csv.append(SERVICES.get(r.service()))
                    .append(';')
                    .append(today)
                    .append(';')
                    .append(r.sex())
                    .append(';')
                    .append(r.age())
                    .append(';')
                    .append(r.education())
                    .append(';')
                    .append(r.occupation());
            for (int answer : r.answers()) {
                csv.append(';').append(answer);
            }
            csv.append(';').append(r.suggestion()).append('\n');
        }
        return csv.toString();
    }

    @Test
    void aSecondSendingOfOneVisitIsRefusedKindlyARobotsIsDroppedAndAClosedCollectionRefuses() throws Exception {
        String survey = survey(THIS_YEAR);
        String code = codes(survey).get(0);
        String cookie = "skm_perangkat=" + token();

        Map<String, String> form = form(code, cookie);
        HttpResponse<String> first = post(code, form, cookie, "same-origin");
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location").orElse("")).endsWith("/skm/" + code + "/terima-kasih");
        HttpResponse<String> again = post(code, form, cookie, "same-origin");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("sudah kami terima").contains("id=\"pesan\"");
        assertThat(pending(survey)).isEqualTo(1);

        // a new visit of the same device is a new answer; a robot's filled hidden field is thanked and dropped
        assertThat(post(code, form(code, cookie), cookie, "same-origin").statusCode())
                .isEqualTo(303);
        Map<String, String> robot = form(code, cookie);
        robot.put("situs", "https://spam.example");
        HttpResponse<String> dropped = post(code, robot, cookie, "same-origin");
        assertThat(dropped.statusCode()).isEqualTo(303);
        assertThat(pending(survey)).isEqualTo(2);

        // an element left unanswered shows the questionnaire again, the message beside it, nothing stored
        Map<String, String> missing = form(code, cookie);
        missing.remove("u5");
        HttpResponse<String> refused = post(code, missing, cookie, "same-origin");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"galat-u5\"").contains("id=\"kuesioner\"");

        // another site's form cannot send answers
        assertThat(post(code, form(code, cookie), cookie, "cross-site").statusCode())
                .isEqualTo(403);

        // who may list the links and close: signed in to list; an evaluator of the unit to close
        assertThat(api.get("/api/v1/surveys/" + survey + "/questionnaire-links", null)
                        .status())
                .isEqualTo(401);
        String auditor = api.tokenForNewUser("AUDITOR");
        api.post("/api/v1/surveys/" + survey + "/collection/close", auditor, "{}")
                .problem(403, "auth.forbidden");
        String stranger = api.tokenForNewUser("EVALUATOR");
        assertThat(api.post("/api/v1/surveys/" + survey + "/collection/close", stranger, "{}")
                        .status())
                .isEqualTo(403);

        Map<String, String> late = form(code, cookie);
        ok(api.post("/api/v1/surveys/" + survey + "/collection/close", evaluator, "{}"));
        HttpResponse<String> afterClosing = post(code, late, cookie, "same-origin");
        assertThat(afterClosing.statusCode()).isEqualTo(409);
        assertThat(afterClosing.body()).contains("sudah ditutup");
        HttpResponse<String> inEnglish = post(code, late, cookie + "; bahasa=en", "same-origin");
        assertThat(inEnglish.body()).contains("is closed");
        assertThat(get("/skm/" + code, cookie).body()).contains("id=\"closed\"");
        api.post("/api/v1/surveys/" + survey + "/collection/close", evaluator, "{}")
                .problem(409, "questionnaire.closed-already");
        JsonNode result = ok(api.get("/api/v1/surveys/" + survey + "/result", evaluator));
        assertThat(result.path("combined").path("respondents").asLong()).isEqualTo(2);
    }

    @Test
    void aSurveyOfAnotherYearTakesNoAnswersAndAnUnknownCodeIsNotFound() throws Exception {
        String code = codes(survey(THIS_YEAR - 1)).get(1);
        String cookie = "skm_perangkat=" + token();
        HttpResponse<String> refused = post(code, form(code, cookie), cookie, "same-origin");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("hanya menerima jawaban dari");
        assertThat(get("/skm/abcdefghjk", cookie).statusCode()).isEqualTo(404);
        assertThat(get("/skm/not-a-code", cookie).statusCode()).isEqualTo(404);
    }

    @Test
    void eachServiceHasAnA4PosterWithItsAddressForSignedInStaffOnly() throws Exception {
        String survey = survey(THIS_YEAR);
        String code = codes(survey).get(1);
        String path = "/skm/" + code + "/poster";
        java.net.http.HttpResponse<byte[]> poster = api.download(path, evaluator);
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        String text = DocumentFiles.pdfText(poster.body()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(server.getURI().resolve("/skm/" + code).toString())
                .contains(SERVICES.get(1));
        assertThat(DocumentFiles.pdfPages(poster.body())).isEqualTo(1);
        assertThat(get(path, "skm_perangkat=" + token()).statusCode())
                .as("not for anonymous visitors")
                .isIn(401, 303);
    }

    private long pending(String survey) {
        return ok(api.get("/api/v1/surveys/" + survey + "/collection", evaluator))
                .path("pendingAnswers")
                .asLong();
    }

    /** The questionnaire's form as the page gives it (its visit and device tokens), every element answered 3. */
    private Map<String, String> form(String code, String cookie) throws Exception {
        HttpResponse<String> page = get("/skm/" + code, cookie);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        assertThat(fields).containsKeys("kunjungan", "perangkat");
        for (int element = 1; element <= 9; element++) {
            fields.put("u" + element, "3");
        }
        fields.put("situs", "");
        return fields;
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(server.getURI().resolve(path))
                        .header("Cookie", cookie)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String code, Map<String, String> fields, String cookie, String fetchSite)
            throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return http.send(
                HttpRequest.newBuilder(server.getURI().resolve("/skm/" + code))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .header("Cookie", cookie)
                        .header("Sec-Fetch-Site", fetchSite)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token() {
        byte[] bytes = new byte[16];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    private static JsonNode ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 201);
        return answer.json();
    }
}
