package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages without a browser: sign-in required, and a form sent from another site changes nothing, while the
 * same form from this site's page goes through. Browsers say where a request comes from in Sec-Fetch-Site and
 * Origin, which a page cannot forge.
 */
@MicronautTest
class PageSecurityIT {
    @Inject
    EmbeddedServer server;

    @Test
    void aPageSendsAnAnonymousBrowserToSignIn() {
        ApiClient api = new ApiClient(server.getURI());

        ApiClient.Answer answer = api.send("GET", "/beranda", null, null, null, Map.of("Accept", "text/html"));

        assertThat(answer.status()).isIn(302, 303);
    }

    @Test
    void aFormSentFromAnotherSiteIsRefusedAndStoresNothing() {
        ApiClient api = new ApiClient(server.getURI());
        String unitId = api.firstUnitId(api.adminToken());
        ApiClient.Person planner = api.newUser("PLANNER", unitId);

        for (Map<String, String> crossSite : List.of(
                Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Sec-Fetch-Site", "same-site"),
                Map.of("Origin", "https://penyerang.example"))) {
            String number = "PALSU/" + Long.toHexString(System.nanoTime());
            Map<String, String> headers = new java.util.HashMap<>(crossSite);
            headers.put("Cookie", "JWT=" + planner.token());
            headers.put("Accept", "text/html");

            ApiClient.Answer forged = api.send(
                    "POST", "/keputusan", null, "application/x-www-form-urlencoded", draft(unitId, number), headers);

            assertThat(forged.status()).as("%s", crossSite).isEqualTo(403);
            assertThat(api.get("/api/v1/decrees?size=200", planner.token()).body())
                    .doesNotContain(number);
        }
    }

    @Test
    void theSameFormFromThisSitesPageGoesThrough() {
        ApiClient api = new ApiClient(server.getURI());
        String unitId = api.firstUnitId(api.adminToken());
        ApiClient.Person planner = api.newUser("PLANNER", unitId);
        String number = "ASLI/" + Long.toHexString(System.nanoTime());

        ApiClient.Answer sent = api.send(
                "POST",
                "/keputusan",
                null,
                "application/x-www-form-urlencoded",
                draft(unitId, number),
                Map.of(
                        "Cookie",
                        "JWT=" + planner.token(),
                        "Accept",
                        "text/html",
                        "Sec-Fetch-Site",
                        "same-origin",
                        "Origin",
                        server.getURI().toString().replaceAll("/$", "")));

        assertThat(sent.status()).isEqualTo(303);
        assertThat(api.get("/api/v1/decrees?size=200", planner.token()).body()).contains(number);
    }

    @Test
    void aRefusedFormIsShownAgainAsTypedWithTheMessageBesideIt() {
        ApiClient api = new ApiClient(server.getURI());
        String unitId = api.firstUnitId(api.adminToken());
        ApiClient.Person planner = api.newUser("PLANNER", unitId);

        ApiClient.Answer refused = api.send(
                "POST",
                "/keputusan",
                null,
                "application/x-www-form-urlencoded",
                "unitId=" + unitId
                        + "&number=KEPT%2F1&title=&issuingOfficial=Kepala&signatoryName=A&signatoryPosition=B",
                Map.of("Cookie", "JWT=" + planner.token(), "Accept", "text/html"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"galat-keputusan\"")
                .contains("Wajib diisi")
                .contains("KEPT/1");
    }

    private static String draft(String unitId, String number) {
        return "unitId=" + unitId + "&number=" + number
                + "&title=Palsu&issuingOfficial=Siapa&signatoryName=A&signatoryPosition=B";
    }
}
