package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a browser meets when something goes wrong: a page in its language, not JSON (the API keeps its
 * problem+json), and after a session has ended a sign-in page that says so and leads back to the page asked
 * for.
 */
@MicronautTest
class PagesThatHelpIT {
    private static final Map<String, String> BROWSER = Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

    @Inject
    EmbeddedServer server;

    @Test
    void anUnknownAddressIsAPageForABrowserAndProblemJsonForTheApi() {
        ApiClient api = new ApiClient(server.getURI());

        ApiClient.Answer page = api.send("GET", "/tidak-ada-halaman-ini", null, null, null, BROWSER);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body())
                .contains("Halaman tidak ditemukan")
                .contains("<main>")
                .doesNotContain("\"code\"");

        ApiClient.Answer english = api.send(
                "GET",
                "/tidak-ada-halaman-ini",
                null,
                null,
                null,
                Map.of("Accept", "text/html", "Cookie", "bahasa=en"));
        assertThat(english.body()).contains("Page not found");

        api.send("GET", "/api/v1/tidak-ada", null, null, null, BROWSER).problem(404, "route.not-found");
        api.send("GET", "/tidak-ada-halaman-ini", null, null, null, Map.of("Accept", "application/json"))
                .problem(404, "route.not-found");
    }

    @Test
    void aFormAddressOpenedWithGetIsAPageThatSaysSo() {
        ApiClient api = new ApiClient(server.getURI());
        JsonNode decree = api.seedDecree(api.adminToken());
        String planner = api.tokenForNewUser("PLANNER");

        ApiClient.Answer page = api.send(
                "GET",
                "/keputusan/" + decree.path("id").asText() + "/tetapkan",
                null,
                null,
                null,
                Map.of("Accept", "text/html", "Cookie", "JWT=" + planner));
        assertThat(page.status()).isEqualTo(405);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("tidak dibuka dengan cara itu").contains("/beranda");
    }

    /** A filter typed wrong in a page's address is a page naming the value, with the way back to the bare page. */
    @Test
    void aPageOpenedWithAFilterItCannotReadSaysWhichValueInsteadOfAnsweringJson() {
        ApiClient api = new ApiClient(server.getURI());
        JsonNode decree = api.seedDecree(api.adminToken());
        String auditor = api.tokenForNewUser("AUDITOR");
        Map<String, String> signedIn = Map.of("Accept", "text/html", "Cookie", "JWT=" + auditor);
        String attainment = "/unit/" + decree.path("issuingUnitId").asText() + "/capaian";

        ApiClient.Answer year = api.send("GET", attainment + "?tahun=2026%20", null, null, null, signedIn);
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.contentType()).startsWith("text/html");
        assertThat(year.body())
                .contains("Alamat ini memuat isian yang tidak terbaca", "“tahun”")
                .contains("id=\"tanpa-isian\" href=\"" + attainment + "\"")
                .doesNotContain("\"code\"");

        ApiClient.Answer date = api.send("GET", "/jejak-audit?from=31%2F11%2F2026", null, null, null, signedIn);
        assertThat(date.status()).isIn(400, 422);
        assertThat(date.contentType()).startsWith("text/html");
        assertThat(date.body()).contains("31/11/2026", "href=\"/jejak-audit\"").doesNotContain("\"code\"");

        // the API and a client that does not ask for a page keep the problem+json answer
        assertThat(api.send(
                                "GET",
                                attainment + "?tahun=2026%20",
                                null,
                                null,
                                null,
                                Map.of("Accept", "application/json", "Cookie", "JWT=" + auditor))
                        .contentType())
                .startsWith("application/problem+json");
    }

    @Test
    void anEndedSessionIsToldSoAndSignsInBackToThePageAskedFor() {
        ApiClient api = new ApiClient(server.getURI());
        ApiClient.Person planner = api.newUser("PLANNER");

        ApiClient.Answer ended = api.send(
                "GET", "/keputusan?page=0", null, null, null, Map.of("Accept", "text/html", "Cookie", "JWT=berakhir"));
        assertThat(ended.status()).isIn(302, 303);
        String signInPage = ended.headers().get("Location");
        assertThat(signInPage).contains("/masuk?").contains("berakhir=1").contains("ke=");

        ApiClient.Answer told = api.send("GET", signInPage, null, null, null, BROWSER);
        assertThat(told.body()).contains("Sesi Anda telah berakhir").contains("action=\"/login?ke=");

        ApiClient.Answer signedIn = api.send(
                "POST",
                "/login?ke=" + URLEncoder.encode("/keputusan?page=0", StandardCharsets.UTF_8),
                null,
                "application/x-www-form-urlencoded",
                "username=" + planner.username() + "&password=" + planner.password(),
                BROWSER);
        assertThat(signedIn.status()).isIn(302, 303);
        assertThat(signedIn.headers().get("Location")).endsWith("/keputusan?page=0");
        assertThat(signedIn.headers().get("Set-Cookie")).contains("JWT=");

        // never to another site
        ApiClient.Answer elsewhere = api.send(
                "POST",
                "/login?ke=" + URLEncoder.encode("//elsewhere.example/", StandardCharsets.UTF_8),
                null,
                "application/x-www-form-urlencoded",
                "username=" + planner.username() + "&password=" + planner.password(),
                BROWSER);
        assertThat(elsewhere.headers().get("Location")).endsWith("/beranda");
    }
}
