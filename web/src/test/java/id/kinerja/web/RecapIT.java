package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The recap across units through real HTTP: the seed Biro Umum's line holds what its own attainment says, a
 * parent filters its subtree, sorting and paging hold, the XLSX holds the same lines, bad input is a
 * problem+json (API) or the page with the message beside the field, and nobody unsigned reads it.
 */
@MicronautTest
class RecapIT {
    @Inject
    EmbeddedServer server;

    private ApiClient api() {
        return new ApiClient(server.getURI());
    }

    private static String created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    private static String unit(String name, String parent) {
        return "{\"parentId\":" + (parent == null ? "null" : "\"" + parent + "\"") + ",\"name\":\"" + name
                + "\",\"type\":\"BIRO\",\"tasks\":[],\"functions\":[]}";
    }

    /** Every line of the year's recap, read a page at a time. */
    private static List<JsonNode> allLines(ApiClient api, String token, String query) {
        List<JsonNode> lines = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode units = api.get("/api/v1/recap?" + query + "&size=200&page=" + page, token)
                    .json()
                    .path("units");
            units.path("items").forEach(lines::add);
            if (page + 1 >= units.path("totalPages").asInt()) {
                return lines;
            }
        }
    }

    @Test
    void theSeedUnitsLineHoldsWhatItsOwnAttainmentSays() {
        ApiClient api = api();
        String reader = api.tokenForNewUser("PLANNER");
        JsonNode decree = api.seedDecree(reader);
        String bureau = decree.path("issuingUnitId").asText();
        PerformanceDocumentsIT.verifiedIkm(api, bureau, api.firstIndicatorOf(decree, reader));

        JsonNode line = allLines(api, reader, "year=2024").stream()
                .filter(candidate -> candidate.path("unitId").asText().equals(bureau))
                .findFirst()
                .orElseThrow();
        JsonNode own = api.get("/api/v1/units/" + bureau + "/attainment?year=2024", reader)
                .json()
                .path("score");

        assertThat(line.path("decreeInForce").asBoolean()).isTrue();
        assertThat(line.path("score").decimalValue())
                .isEqualByComparingTo(own.path("percent").decimalValue());
        assertThat(line.path("rating").asText()).isEqualTo(own.path("rating").asText());
        assertThat(line.path("notFilled").asInt())
                .isEqualTo(own.path("notFilled").asInt());
        assertThat(line.path("notComputable").asInt())
                .isEqualTo(own.path("notComputable").asInt());
        // the verified IKM 88,66 of 86 is met (103,09 %) and rated Sangat Tinggi
        assertThat(line.path("met").asInt()).isGreaterThanOrEqualTo(1);
        int rated = 0;
        for (JsonNode band : line.path("ratings")) {
            rated += band.path("indicators").asInt();
        }
        assertThat(rated)
                .isEqualTo(line.path("met").asInt() + line.path("notMet").asInt());
        assertThat(line.path("ratings").get(0).path("rating").asText()).isEqualTo("Sangat Tinggi");
        assertThat(line.path("ratings").get(0).path("indicators").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void filtersByParentSortsPagesAndExportsTheSameLines() throws IOException {
        ApiClient api = api();
        // the province is the administrator's to register; its planner registers the units under it (ADR 0020)
        String province = api.newRootUnit("Provinsi Rekap " + System.nanoTime());
        String planner = api.plannerOf(province);
        String office = created(api.post("/api/v1/units", planner, unit("B Dinas " + System.nanoTime(), province)));
        created(api.post("/api/v1/units", planner, unit("A Badan " + System.nanoTime(), province)));
        created(api.post("/api/v1/units", planner, unit("C Bidang " + System.nanoTime(), office)));
        String reader = api.tokenForNewUser("AUDITOR");

        JsonNode byName =
                api.get("/api/v1/recap?year=2025&parent=" + province, reader).json();
        assertThat(byName.path("year").asInt()).isEqualTo(2025);
        assertThat(byName.path("scale").asText()).isEqualTo("Permendagri 86/2017");
        assertThat(byName.path("units").path("totalItems").asInt()).isEqualTo(3);
        List<String> names = new ArrayList<>();
        byName.path("units")
                .path("items")
                .forEach(line -> names.add(line.path("name").asText()));
        assertThat(names).hasSize(3);
        assertThat(names.get(0)).startsWith("A Badan");
        assertThat(names.get(1)).startsWith("B Dinas");
        assertThat(names.get(2)).startsWith("C Bidang");
        assertThat(byName.path("units").path("items").get(2).path("parentId").asText())
                .isEqualTo(office);
        assertThat(byName.path("units")
                        .path("items")
                        .get(0)
                        .path("decreeInForce")
                        .asBoolean())
                .isFalse();
        // no score is no score, never 0: the field is left out
        assertThat(byName.path("units").path("items").get(0).has("score")).isFalse();

        JsonNode descending = api.get(
                        "/api/v1/recap?year=2025&parent=" + province + "&sort=NAME&direction=DESC" + "&size=1&page=1",
                        reader)
                .json()
                .path("units");
        assertThat(descending.path("totalPages").asInt()).isEqualTo(3);
        assertThat(descending.path("items").get(0).path("name").asText()).startsWith("B Dinas");
        assertThat(api.get("/api/v1/recap?year=2025&parent=" + office, reader)
                        .json()
                        .path("units")
                        .path("totalItems")
                        .asInt())
                .isEqualTo(1);

        HttpResponse<byte[]> xlsx = fetch(
                "/api/v1/recap?year=2025&parent=" + province + "&sort=NAME&direction=DESC",
                reader,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("rekapitulasi-2025.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> cells = new ArrayList<>();
            for (Row row : sheet) {
                row.forEach(cell -> cells.add(cell.toString()));
            }
            assertThat(cells).contains("Unit", "Nilai capaian", "Tercapai", "Menunggu verifikasi", "Sangat Tinggi");
            int c = indexOf(cells, "C Bidang");
            int b = indexOf(cells, "B Dinas");
            int a = indexOf(cells, "A Badan");
            assertThat(c).isPositive().isLessThan(b);
            assertThat(b).isLessThan(a);
            assertThat(cells).contains("tidak ada IKU yang berlaku");
        }
    }

    private static int indexOf(List<String> cells, String prefix) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private HttpResponse<byte[]> fetch(String path, String token, String accept) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(server.getURI().resolve(path))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Accept", accept)
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badInputIsAProblemInBothLanguagesAndNobodyUnsignedReadsIt() {
        ApiClient api = api();
        String reader = api.tokenForNewUser("EVALUATOR");

        JsonNode unsigned = api.get("/api/v1/recap?year=2024", null).problem(401, "auth.required");
        assertThat(unsigned.path("messages").path("en").asText())
                .isNotEqualTo(unsigned.path("messages").path("id").asText());
        api.get("/api/v1/recap?year=1800", reader).problem(422, "year.out-of-range");
        api.get("/api/v1/recap?year=2024&parent=" + java.util.UUID.randomUUID(), reader)
                .problem(404, "not-found");
        ApiClient.Answer unreadableYear = api.get("/api/v1/recap?year=dua-ribu", reader);
        assertThat(unreadableYear.status()).isEqualTo(400);
        assertThat(unreadableYear.contentType()).startsWith("application/problem+json");
        assertThat(unreadableYear.json().path("messages").path("en").asText()).contains("address parameters");
        assertThat(unreadableYear.json().path("messages").path("id").asText()).isNotBlank();
        ApiClient.Answer unknownSort = api.get("/api/v1/recap?year=2024&sort=POPULARITY", reader);
        assertThat(unknownSort.status()).isEqualTo(400);
        assertThat(unknownSort.contentType()).startsWith("application/problem+json");
        assertThat(unknownSort.json().path("messages").path("id").asText()).isNotBlank();
        assertThat(unknownSort.json().path("messages").path("en").asText()).contains("address parameters");
        api.get("/api/v1/recap?year=2024&size=500", reader).problem(422, "page.size");

        // the page: unsigned is sent to sign in; a year that cannot be read is said beside its field
        ApiClient.Answer page = api.send("GET", "/rekap?tahun=2024", null, null, null, Map.of("Accept", "text/html"));
        assertThat(page.status()).isIn(303, 401);
        for (String language : new String[] {"id", "en"}) {
            ApiClient.Answer refused = api.send(
                    "GET",
                    "/rekap?tahun=dua-ribu",
                    null,
                    null,
                    null,
                    Map.of("Cookie", "JWT=" + reader + "; bahasa=" + language, "Accept", "text/html"));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body())
                    .contains("id=\"galat-tahun\"")
                    .contains(language.equals("en") ? "Write the year in digits" : "Tahun harus ditulis dengan angka");
            ApiClient.Answer unknownParent = api.send(
                    "GET",
                    "/rekap?tahun=2024&induk=" + java.util.UUID.randomUUID(),
                    null,
                    null,
                    null,
                    Map.of("Cookie", "JWT=" + reader + "; bahasa=" + language, "Accept", "text/html"));
            assertThat(unknownParent.status()).isEqualTo(422);
            assertThat(unknownParent.body()).contains("id=\"galat-induk\"");
        }
    }

    @Test
    void thePageShowsTheUnitsSideBySideAndDownloadsTheSpreadsheet() throws Exception {
        ApiClient api = api();
        ApiClient.Person auditor = api.newUser("AUDITOR");
        JsonNode decree = api.seedDecree(auditor.token());
        String bureau = decree.path("issuingUnitId").asText();
        PerformanceDocumentsIT.verifiedIkm(api, bureau, api.firstIndicatorOf(decree, auditor.token()));

        ApiClient.Answer download = api.send(
                "GET",
                "/rekap/unduh?tahun=2024&urut=SCORE&arah=DESC",
                null,
                null,
                null,
                Map.of("Cookie", "JWT=" + auditor.token()));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/vnd.openxmlformats");

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.browser();
            for (String language : new String[] {"id", "en"}) {
                browser.get(server.getURI().resolve("/static/kinerja.css").toString());
                browser.manage().deleteAllCookies();
                browser.manage().addCookie(new Cookie("JWT", auditor.token(), "/"));
                browser.manage().addCookie(new Cookie("bahasa", language, "/"));
                browser.get(server.getURI().resolve("/beranda").toString());
                browser.findElement(By.cssSelector("a[href='/rekap']")).click();
                browser.findElement(By.id("tahun")).clear();
                browser.findElement(By.id("tahun")).sendKeys("2024");
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("urut"))).selectByValue("SCORE");
                new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("arah"))).selectByValue("DESC");
                browser.findElement(By.id("tampilkan")).click();
                String table = browser.findElement(By.id("rekap")).getText();
                assertThat(table).containsIgnoringCase("Biro Umum").contains("Sangat Tinggi");
                assertThat(table).contains(language.equals("en") ? "Waiting for review" : "Menunggu verifikasi");
                for (String field : new String[] {"tahun", "induk", "urut", "arah"}) {
                    assertThat(browser.findElements(By.cssSelector("label[for='" + field + "']")))
                            .as("label of " + field)
                            .hasSize(1);
                }
                chromium.screenshot("recap/rekap-" + language);
                browser.get(server.getURI().resolve("/rekap?tahun=dua-ribu").toString());
                assertThat(browser.findElement(By.id("galat-tahun")).getText()).isNotBlank();
                chromium.screenshot("recap/rekap-galat-" + language);
            }
        }
    }
}
