package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling over real HTTP, on the API's token endpoint and on the sign-in page: a name or an address
 * that failed too often waits (429 with Retry-After, in both languages; the page says how long), even with the
 * right password. Kinerja trusts a proxy here, so each test comes from addresses of its own in X-Forwarded-For.
 */
@MicronautTest
@Property(name = "kinerja.security.trust-proxy", value = "true")
@Property(name = "kinerja.security.sign-in-throttle.name.free-failures", value = "3")
@Property(name = "kinerja.security.sign-in-throttle.name.first-wait", value = "2s")
@Property(name = "kinerja.security.sign-in-throttle.address.free-failures", value = "6")
@Property(name = "kinerja.security.sign-in-throttle.address.first-wait", value = "60s")
class SignInThrottleIT {
    @Inject
    EmbeddedServer server;

    private static String address() {
        long n = System.nanoTime();
        return "198.51." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    private static ApiClient.Answer token(ApiClient api, String username, String password, String from, String lang) {
        return api.send(
                "POST",
                "/api/v1/auth/token",
                null,
                "application/json",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}",
                Map.of("X-Forwarded-For", "203.0.113.250, " + from, "Accept-Language", lang));
    }

    @Test
    void aNameThatFailedTooOftenWaitsEvenWithTheRightPasswordAndTheWaitDoubles() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        ApiClient.Person planner = api.newUser("PLANNER");
        for (int i = 0; i < 3; i++) {
            token(api, planner.username(), "salah-sekali-12", address(), "id").problem(401, "auth.bad-credentials");
        }

        ApiClient.Answer throttled = token(api, planner.username(), planner.password(), address(), "en");
        JsonNode problem = throttled.problem(429, "signin.throttled");
        assertThat(throttled.headers().get("Retry-After")).isEqualTo("2");
        assertThat(problem.path("messages").path("en").asText()).contains("Try again in 2 seconds");
        assertThat(problem.path("messages").path("id").asText()).contains("Coba lagi dalam 2 detik");
        assertThat(throttled.body()).doesNotContain("access_token");

        Thread.sleep(2_100);
        token(api, planner.username(), "salah-sekali-12", address(), "id").problem(401, "auth.bad-credentials");
        ApiClient.Answer longer = token(api, planner.username(), planner.password(), address(), "id");
        longer.problem(429, "signin.throttled");
        assertThat(Integer.parseInt(longer.headers().get("Retry-After"))).isBetween(3, 4);

        Thread.sleep(4_100);
        assertThat(token(api, planner.username(), planner.password(), address(), "id")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anAddressThatFailedTooOftenWaitsWhateverNameItTries() {
        ApiClient api = new ApiClient(server.getURI());
        ApiClient.Person planner = api.newUser("PLANNER");
        String from = address();
        for (int i = 0; i < 6; i++) {
            token(api, "tebakan-" + i, "salah-sekali-12", from, "id").problem(401, "auth.bad-credentials");
        }

        ApiClient.Answer throttled = token(api, planner.username(), planner.password(), from, "id");
        throttled.problem(429, "signin.throttled");
        assertThat(Integer.parseInt(throttled.headers().get("Retry-After"))).isBetween(55, 60);
        assertThat(token(api, planner.username(), planner.password(), address(), "id")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theSignInPageSaysHowLongToWait() {
        ApiClient api = new ApiClient(server.getURI());
        ApiClient.Person planner = api.newUser("PLANNER");
        for (int i = 0; i < 3; i++) {
            assertThat(pageSignIn(api, planner.username(), "salah-sekali-12")
                            .headers()
                            .get("Location"))
                    .contains("/masuk?gagal");
        }

        ApiClient.Answer throttled = pageSignIn(api, planner.username(), planner.password());

        assertThat(throttled.status()).isEqualTo(303);
        assertThat(throttled.headers().get("Location")).matches("/masuk\\?tunggu=[12]");
        assertThat(throttled.headers()).containsKey("Retry-After");
        assertThat(throttled.headers().get("Set-Cookie")).isNull();
        ApiClient.Answer page = api.send(
                "GET",
                throttled.headers().get("Location"),
                null,
                null,
                null,
                Map.of("Accept", "text/html", "Cookie", "bahasa=en"));
        assertThat(page.body()).contains("id=\"tunggu\"").contains("Too many failed sign-ins. Try again in");
    }

    private static ApiClient.Answer pageSignIn(ApiClient api, String username, String password) {
        return api.send(
                "POST",
                "/login",
                null,
                "application/x-www-form-urlencoded",
                "username=" + username + "&password=" + password,
                Map.of(
                        "Accept",
                        "text/html,*/*;q=0.8",
                        "Cookie",
                        "kinerja-kuki=1",
                        "Sec-Fetch-Site",
                        "same-origin",
                        "X-Forwarded-For",
                        address()));
    }
}
