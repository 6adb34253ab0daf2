package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pages without a browser: sign-in required, and a form without its CSRF token changes nothing. */
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
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndStoresNothing() {
        ApiClient api = new ApiClient(server.getURI());
        ApiClient.Person planner = api.newUser("PLANNER");
        String number = "PALSU/" + Long.toHexString(System.nanoTime());

        ApiClient.Answer forged = api.send(
                "POST",
                "/keputusan",
                null,
                "application/x-www-form-urlencoded",
                "number=" + number + "&title=Palsu&issuingOfficial=Siapa&signatoryName=A&signatoryPosition=B",
                Map.of("Cookie", "JWT=" + planner.token(), "Accept", "text/html"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("Formulir ditolak");
        assertThat(api.get("/api/v1/decrees?size=200", planner.token()).body()).doesNotContain(number);
    }
}
