package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.fixtures.Fixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Every page, as every role, in both languages (Indonesian only in the PostgreSQL pass: {@link TestPass}), in a
 * real browser: each must read as a person expects — no
 * code of the domain shown raw ({@code ENACTED}, {@code HIGHER_IS_BETTER}, {@code PERMENPANRB_14_2017}), no
 * English words on an Indonesian page, no Indonesian words of ours on an English page. What the data itself
 * says (a decree's text, a unit's name) is the data's language and is not judged. Screenshots of every page
 * land in target/screenshots/words (desktop and 390 px).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageWalkIT {
    private static final List<String> ROLES = List.of("PLANNER", "EVALUATOR", "AUDITOR", "ADMIN");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(the|and|is|of|with|not|from|by)\\b");

    @Inject
    EmbeddedServer server;

    private HeadlessChromium chromium;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> places = new LinkedHashMap<>();

    @BeforeAll
    void startAndPrepareOneOfEverything() throws IOException {
        chromium = HeadlessChromium.start();
        ApiClient api = new ApiClient(server.getURI());
        String admin = api.adminToken();
        JsonNode decree = api.seedDecree(admin);
        String bureau = decree.path("issuingUnitId").asText();
        for (String role : ROLES) {
            tokens.put(
                    role,
                    api.tokenForNewUser(
                            role,
                            // evaluators and planners act for the units they are assigned to (ADR 0013, 0020)
                            role.equals("EVALUATOR") || role.equals("PLANNER")
                                    ? new String[] {bureau}
                                    : new String[0]));
        }
        String evaluator = tokens.get("EVALUATOR");
        String indicator = api.firstIndicatorOf(decree, evaluator);
        String survey = api.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + bureau + "\",\"indicatorId\":\"" + indicator
                                + "\",\"year\":2025,\"methodology\":\"PERMENPANRB_14_2017\"}")
                .json()
                .path("id")
                .asText();
        api.send(
                "POST",
                "/api/v1/surveys/" + survey + "/responses",
                evaluator,
                "text/csv",
                Files.readString(Fixtures.golden("skm-seed-services-2024.csv"), StandardCharsets.UTF_8));
        ApiClient.Answer recorded = api.post(
                "/api/v1/indicators/" + indicator + "/realizations",
                evaluator,
                "{\"year\":2025,\"fromSurvey\":\"" + survey + "\"}");
        // other tests may have recorded the indicator's 2025 already: then any realization of it will do
        String realization = recorded.status() == 201
                ? recorded.json().path("id").asText()
                : api.get("/api/v1/indicators/" + indicator + "/realizations", evaluator)
                        .json()
                        .path(0)
                        .path("id")
                        .asText();
        assertThat(realization).as(recorded.body()).isNotBlank();
        places.put("depan", "/");
        places.put("masuk", "/masuk");
        places.put("beranda", "/beranda");
        places.put("unit", "/unit");
        places.put("keputusan", "/keputusan");
        places.put("dokumen", "/keputusan/" + decree.path("id").asText());
        places.put("keputusan-baru", "/keputusan/baru");
        places.put("indikator", "/indikator/" + indicator);
        places.put("survei-baru", "/survei/baru/" + indicator);
        places.put("survei", "/survei/" + survey);
        places.put("realisasi", "/realisasi/" + realization);
        places.put("jejak-audit", "/jejak-audit");
        places.put("arsip", "/arsip");
        // administration pages (issue 12, item 1)
        places.put("pengguna", "/pengguna");
        places.put("pengguna-baru", "/pengguna/baru");
        places.put(
                "akun",
                "/pengguna/"
                        + api.get("/api/v1/users?size=1", admin)
                                .json()
                                .path("items")
                                .get(0)
                                .path("id")
                                .asText());
        places.put("unit-baru", "/unit/baru");
        places.put("unit-ubah", "/unit/" + bureau + "/ubah");
        places.put("periode-rencana", "/periode-rencana");
        places.put("skala-penilaian", "/skala-penilaian");
        // the planner's whole cycle and the unit's attainment (issue 12, items 2 and 3)
        places.put("capaian-unit", "/unit/" + bureau + "/capaian?tahun=2024");
        places.put("keputusan-pengganti", "/keputusan/" + decree.path("id").asText() + "/ganti");
        // Perjanjian Kinerja (issue 13): the seed bureau's 2024
        places.put(
                "perjanjian-kinerja",
                "/perjanjian-kinerja?unit=" + decree.path("issuingUnitId").asText() + "&tahun=2024");
        // the LKjIP (issue 13): the page of the year whose IKM came from the survey above
        places.put("laporan-kinerja", "/laporan-kinerja?unit=" + bureau + "&year=2025");
        // Matriks IKU import (issue 14): the upload page and a preview with doubts and directions to confirm
        places.put("matriks", "/matriks");
        places.put(
                "matriks-pratinjau",
                "/matriks/"
                        + MatrixUploads.toApi(
                                        server.getURI(),
                                        tokens.get("PLANNER"),
                                        bureau,
                                        "matriks.csv",
                                        "text/csv",
                                        id.kinerja.domain.matrix.MessyMatrix.CSV.getBytes(StandardCharsets.UTF_8))
                                .json()
                                .path("id")
                                .asText());

        // Recap across units (issue 14)
        places.put("rekap", "/rekap?tahun=2024");
        places.put("publik", "/publik");
        // Survey import progress and cancellation (issue 15, item 2): the page of the survey's import run
        places.put(
                "survei-impor",
                "/survei/" + survey + "/impor/"
                        + api.get("/api/v1/surveys/" + survey + "/import-runs", evaluator)
                                .json()
                                .path(0)
                                .path("id")
                                .asText());

        // Cascading (issue 14, item 4): the tree of the seed's year, and the seed decree's links to a parent
        places.put("kaskade", "/kaskade?tahun=2024&unit=" + bureau);
        places.put(
                "kaskade-keputusan", "/kaskade/keputusan/" + decree.path("id").asText());

        // Realizations in bulk (issue 14, item 2): the upload page and a preview of the bureau's 2025 sheet
        places.put("impor-realisasi", "/impor-realisasi");
        byte[] sheet = RealizationSheets.template(server.getURI(), evaluator, bureau, 2025, "ANNUAL")
                .body();
        places.put(
                "impor-realisasi-pratinjau",
                "/impor-realisasi/"
                        + RealizationSheets.upload(
                                        server.getURI(),
                                        evaluator,
                                        bureau,
                                        2025,
                                        "ANNUAL",
                                        "realisasi-2025.xlsx",
                                        RealizationSheets.filledEverywhere(sheet, "1.500"))
                                .json()
                                .path("id")
                                .asText());

        // A decree's objective revised on its page (issue 12, item 2): the seed decree is enacted, so the page
        // says how its objectives change instead of offering the form
        places.put(
                "sasaran-ubah",
                "/sasaran/"
                        + api.get("/api/v1/decrees/" + decree.path("id").asText() + "/objectives", admin)
                                .json()
                                .path(0)
                                .path("id")
                                .asText()
                        + "/ubah");

        // An indicator revised on its page (issue 12, item 2): a draft of a section under the bureau (its planner
        // plans for it), so that the walk reads the whole form — every choice in words — not only its refusal
        places.put("indikator-ubah", "/indikator/" + draftIndicator(api, admin, bureau) + "/ubah");
    }

    /** An IKM of a draft decree of a new section under the bureau, with surveyed services and a baseline. */
    private String draftIndicator(ApiClient api, String admin, String bureau) {
        String planner = tokens.get("PLANNER");
        String section = created(api.post(
                "/api/v1/units",
                admin,
                "{\"parentId\":\"" + bureau + "\",\"name\":\"Bagian Pelayanan " + Long.toHexString(System.nanoTime())
                        + "\",\"type\":\"BAGIAN\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"));
        String period = created(api.post(
                "/api/v1/plan-periods",
                planner,
                "{\"unitId\":\"" + section + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"));
        String decree = created(api.post(
                "/api/v1/decrees",
                planner,
                "{\"issuingUnitId\":\"" + section + "\",\"number\":\"IKU/" + Long.toHexString(System.nanoTime())
                        + "\",\"title\":\"IKU\",\"issuingOfficial\":\"Kepala Bagian\","
                        + "\"signatory\":{\"name\":\"Kepala\",\"position\":\"KEPALA,\"},"
                        + "\"decisions\":[\"IKU\"],\"place\":\"Pontianak\"}"));
        String objective = created(api.post(
                "/api/v1/decrees/" + decree + "/objectives",
                planner,
                "{\"planPeriodId\":\"" + period + "\",\"code\":\"1\",\"statement\":\"Meningkatnya kepuasan\"}"));
        return created(api.post(
                "/api/v1/objectives/" + objective + "/indicators",
                planner,
                "{\"code\":\"1.1\",\"name\":\"Indeks Kepuasan Masyarakat\",\"unitOfMeasure\":\"indeks\","
                        + "\"kind\":\"SATISFACTION_INDEX\",\"polarity\":\"HIGHER_IS_BETTER\","
                        + "\"responsibleUnitId\":\"" + section + "\",\"baseline\":{\"value\":78.5,\"year\":2023},"
                        + "\"surveyedServices\":[\"Layanan Perizinan\",\"Layanan Pengaduan\"],"
                        + "\"targets\":[{\"year\":2024,\"value\":86}]}"));
    }

    private static String created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    @AfterAll
    void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The pages a role may open: everyone's, and those of its own work. */
    private List<String> pagesOf(String role) {
        return places.keySet().stream()
                .filter(page -> switch (page) {
                    case "keputusan-baru" -> role.equals("PLANNER");
                    case "survei-baru" -> role.equals("EVALUATOR");
                    case "jejak-audit" -> role.equals("AUDITOR") || role.equals("ADMIN");
                    case "arsip", "pengguna", "pengguna-baru", "akun" -> role.equals("ADMIN");
                    case "unit-baru", "unit-ubah" -> role.equals("PLANNER");
                    case "keputusan-pengganti" -> role.equals("PLANNER");
                    case "matriks", "matriks-pratinjau" -> role.equals("PLANNER");
                    case "impor-realisasi", "impor-realisasi-pratinjau" -> role.equals("EVALUATOR");
                    case "sasaran-ubah" -> role.equals("PLANNER");
                    case "indikator-ubah" -> role.equals("PLANNER");
                    default -> true;
                })
                .toList();
    }

    @Test
    void everyPageAsEveryRoleReadsInTheChosenLanguageWithoutRawCodes() throws Exception {
        Set<String> rawCodes = PageChecks.rawCodes();
        Map<String, List<Pattern>> phrasesOf = Map.of("id", phrases("en", "id"), "en", phrases("id", "en"));
        WebDriver browser = chromium.browser();
        List<String> faults = new ArrayList<>();
        int visited = 0;
        for (String role : ROLES) {
            for (String language : TestPass.languages()) {
                browser.get(url("/static/kinerja.css"));
                browser.manage().deleteAllCookies();
                browser.manage().addCookie(new Cookie("JWT", tokens.get(role), "/"));
                browser.manage().addCookie(new Cookie("bahasa", language, "/"));
                for (String page : pagesOf(role)) {
                    browser.get(url(places.get(page)));
                    visited++;
                    String where = role + " " + language + " " + places.get(page) + ": ";
                    assertThat(browser.findElements(By.tagName("main")))
                            .as(() -> where + "a page, not an error: " + browser.getPageSource())
                            .isNotEmpty();
                    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                            .as(where + "lang")
                            .isEqualTo(language);
                    String text = ourWords(browser, language);
                    Matcher code = CODE.matcher(text);
                    while (code.find()) {
                        if (rawCodes.contains(code.group())) {
                            faults.add(where + "raw code " + code.group());
                        }
                    }
                    for (Pattern phrase : phrasesOf.get(language)) {
                        Matcher found = phrase.matcher(text);
                        if (found.find()) {
                            faults.add(where + "“" + found.group() + "” is not " + language);
                        }
                    }
                    if (Pattern.compile("\\bnull\\b").matcher(text).find()) {
                        faults.add(where + "a missing value shown as “null”");
                    }
                    if (language.equals("id")) {
                        Matcher english = ENGLISH_WORDS.matcher(text);
                        if (english.find()) {
                            faults.add(where + "English word “" + english.group() + "” near “"
                                    + text.substring(
                                            Math.max(0, english.start() - 40),
                                            Math.min(text.length(), english.end() + 40))
                                    + "”");
                        }
                    }
                    String shot = role.toLowerCase(Locale.ROOT) + "-" + language + "-" + page;
                    chromium.screenshot("words/" + shot);
                    // no sideways scrolling on a phone: every page at 390 px
                    chromium.atPhoneWidth("words/" + shot + "-390");
                }
            }
        }
        assertThat(visited).isGreaterThanOrEqualTo(TestPass.languages().size() * (4 * 9 + 4));
        assertThat(faults).isEmpty();
    }

    /**
     * The words the page itself says: header and main, without what is marked as written in another language
     * (a decree's text, a target's category as the decree wrote it: {@code lang="id"}) and without the
     * signed-in person's name.
     */
    private static String ourWords(WebDriver browser, String language) {
        return (String) ((JavascriptExecutor) browser)
                .executeScript(
                        "var parts = [];"
                                + "document.querySelectorAll('header, main').forEach(function (part) {"
                                + "  var copy = part.cloneNode(true);"
                                + "  copy.querySelectorAll('[lang]:not([lang=\"' + arguments[0] + '\"]), #nama')"
                                + "      .forEach(function (other) { other.remove(); });"
                                + "  document.body.appendChild(copy); parts.push(copy.innerText); copy.remove();"
                                + "});"
                                + "return parts.join('\\n');",
                        language);
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    /**
     * The phrases of two words or more that our bundles say only in the other language: on a page in the
     * one, none may appear.
     */
    private static List<Pattern> phrases(String other, String language) throws IOException {
        Properties theirs = bundles(other);
        Properties ours = bundles(language);
        Set<String> ownWords = new TreeSet<>();
        ours.values().forEach(value -> ownWords.add(value.toString()));
        Set<String> phrases = new TreeSet<>();
        for (Object value : theirs.values()) {
            String phrase = value.toString().strip();
            if (phrase.contains("{") || phrase.contains("<") || phrase.split("\\s+").length < 2) {
                continue;
            }
            if (!ownWords.contains(phrase)) {
                phrases.add(phrase);
            }
        }
        assertThat(phrases).hasSizeGreaterThan(50);
        // compiled once, not once per page: a page is matched against every phrase
        return phrases.stream()
                .map(phrase -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(phrase) + "(?!\\p{L})"))
                .toList();
    }

    private static Properties bundles(String language) throws IOException {
        Properties words = new Properties();
        for (String bundle :
                List.of("/i18n/pages_" + language + ".properties", "/i18n/messages_" + language + ".properties")) {
            try (InputStream in = PageWalkIT.class.getResourceAsStream(bundle)) {
                Properties one = new Properties();
                one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                one.forEach((key, value) -> {
                    String name = key.toString();
                    if (bundle.contains("pages_") || name.startsWith("enum.")) {
                        words.put(name, value);
                    }
                });
            }
        }
        return words;
    }
}
