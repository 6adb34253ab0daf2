package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every protected route answers 401 without a valid token and 403 to a role that may not use it. The route
 * list is the public contract of the API; a new route belongs here too.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {
    private static final String ANY = UUID.randomUUID().toString();

    /** A route and the roles that may use it; an empty set means every signed-in user. */
    record Route(String method, String path, Set<String> allowed, String contentType) {
        Route(String method, String path, Set<String> allowed) {
            this(method, path, allowed, "application/json");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final Set<String> EVALUATOR = Set.of("EVALUATOR");

    private static final Set<String> EVERYONE = Set.of();
    private static final Set<String> PLANNER = Set.of("PLANNER");
    private static final Set<String> ADMIN = Set.of("ADMIN");
    private static final Set<String> AUDITOR = Set.of("AUDITOR");
    private static final Set<String> AUDITOR_OR_ADMIN = Set.of("AUDITOR", "ADMIN");

    static List<Route> routes() {
        return List.of(
                new Route("GET", "/api/v1/auth/me", EVERYONE),
                new Route("GET", "/api/v1/units", EVERYONE),
                new Route("GET", "/api/v1/units/" + ANY, EVERYONE),
                new Route("POST", "/api/v1/units", Set.of("PLANNER", "ADMIN")),
                new Route("GET", "/api/v1/units/" + ANY + "/performance-agreements?year=2024", EVERYONE),
                new Route("GET", "/api/v1/units/" + ANY + "/reports/lkjip?year=2024", EVERYONE),
                new Route("PUT", "/api/v1/units/" + ANY, Set.of("PLANNER", "ADMIN")),
                new Route("GET", "/api/v1/plan-periods", EVERYONE),
                new Route("GET", "/api/v1/plan-periods/" + ANY, EVERYONE),
                new Route("POST", "/api/v1/plan-periods", PLANNER),
                new Route("GET", "/api/v1/decrees", EVERYONE),
                new Route("GET", "/api/v1/decrees/" + ANY, EVERYONE),
                new Route("GET", "/api/v1/decrees/" + ANY + "/annex", EVERYONE),
                new Route("GET", "/api/v1/decrees/" + ANY + "/objectives", EVERYONE),
                new Route("POST", "/api/v1/decrees", PLANNER),
                new Route("PUT", "/api/v1/decrees/" + ANY, PLANNER),
                new Route("POST", "/api/v1/decrees/" + ANY + "/enact", PLANNER),
                new Route("POST", "/api/v1/decrees/" + ANY + "/revoke", PLANNER),
                new Route("POST", "/api/v1/decrees/" + ANY + "/objectives", PLANNER),
                new Route("GET", "/api/v1/objectives/" + ANY, EVERYONE),
                new Route("POST", "/api/v1/objectives/" + ANY + "/indicators", PLANNER),
                new Route("GET", "/api/v1/indicators", EVERYONE),
                new Route("GET", "/api/v1/indicators/" + ANY, EVERYONE),
                new Route("PUT", "/api/v1/indicators/" + ANY, PLANNER),
                new Route("POST", "/api/v1/indicators/" + ANY + "/targets", PLANNER),
                new Route("PUT", "/api/v1/indicators/" + ANY + "/targets/2024", PLANNER),
                new Route("GET", "/api/v1/users", ADMIN),
                new Route("GET", "/api/v1/users/" + ANY, ADMIN),
                new Route("POST", "/api/v1/users", ADMIN),
                new Route("PUT", "/api/v1/users/" + ANY, ADMIN),
                new Route("GET", "/api/v1/users/" + ANY + "/units", ADMIN),
                new Route("PUT", "/api/v1/users/" + ANY + "/units", ADMIN),
                new Route("GET", "/api/v1/surveys", EVERYONE),
                new Route("GET", "/api/v1/surveys/" + ANY, EVERYONE),
                new Route("GET", "/api/v1/surveys/" + ANY + "/result", EVERYONE),
                new Route("GET", "/api/v1/surveys/" + ANY + "/results", EVERYONE),
                new Route("GET", "/api/v1/indicators/" + ANY + "/survey-results", EVERYONE),
                new Route("POST", "/api/v1/surveys", EVALUATOR),
                new Route("POST", "/api/v1/surveys/" + ANY + "/responses", EVALUATOR, "text/csv"),
                new Route("POST", "/api/v1/indicators/" + ANY + "/realizations", EVALUATOR),
                new Route("GET", "/api/v1/indicators/" + ANY + "/realizations", EVERYONE),
                new Route("GET", "/api/v1/realizations?status=SUBMITTED", EVERYONE),
                new Route("GET", "/api/v1/realizations/" + ANY, EVERYONE),
                new Route("PUT", "/api/v1/realizations/" + ANY, EVALUATOR),
                new Route("POST", "/api/v1/realizations/" + ANY + "/submit", EVALUATOR),
                new Route("POST", "/api/v1/realizations/" + ANY + "/verify", AUDITOR),
                new Route("POST", "/api/v1/realizations/" + ANY + "/return", AUDITOR),
                new Route("POST", "/api/v1/realizations/" + ANY + "/reopen", Set.of("EVALUATOR", "AUDITOR", "ADMIN")),
                new Route("POST", "/api/v1/realizations/" + ANY + "/evidence", EVALUATOR),
                new Route("GET", "/api/v1/realizations/" + ANY + "/evidence/" + ANY, EVERYONE),
                new Route("GET", "/api/v1/units/" + ANY + "/attainment?year=2024", EVERYONE),
                new Route("GET", "/api/v1/indicators/" + ANY + "/attainment", EVERYONE),
                new Route("GET", "/api/v1/units/" + ANY + "/years/2024", EVERYONE),
                new Route("POST", "/api/v1/units/" + ANY + "/years/2024/close", AUDITOR_OR_ADMIN),
                new Route("POST", "/api/v1/units/" + ANY + "/years/2024/reopen", AUDITOR_OR_ADMIN),
                new Route("GET", "/api/v1/rating-scales", EVERYONE),
                new Route("POST", "/api/v1/rating-scales", Set.of("PLANNER", "ADMIN")),
                new Route("GET", "/api/v1/audit", AUDITOR_OR_ADMIN),
                new Route("GET", "/api/v1/archive", ADMIN),
                new Route("POST", "/api/v1/archive", ADMIN, "multipart/form-data; boundary=kinerja"),
                new Route("GET", "/api/v1/audit/integrity", AUDITOR_OR_ADMIN));
    }

    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private final java.util.Map<String, String> tokens = new java.util.HashMap<>();

    @BeforeAll
    void signInOnePersonPerRole() {
        api = new ApiClient(server.getURI());
        tokens.put("ADMIN", api.adminToken());
        for (String role : List.of("PLANNER", "EVALUATOR", "AUDITOR")) {
            tokens.put(role, api.tokenForNewUser(role));
        }
    }

    @ParameterizedTest(name = "{0} without a token → 401")
    @MethodSource("routes")
    void everyProtectedRouteNeedsAToken(Route route) {
        api.send(route.method(), route.path(), null, route.contentType(), "{}").problem(401, "auth.required");
    }

    @ParameterizedTest(name = "{0} with a forged token → 401")
    @MethodSource("routes")
    void aTokenNotSignedByKinerjaIsRefused(Route route) {
        String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbIkFETUlOIiwiUExBTk5FUiJdfQ."
                + "c2lnbmF0dXJlLXRoYXQtaXMtbm90LXZhbGlk";
        api.send(route.method(), route.path(), forged, route.contentType(), "{}")
                .problem(401, "auth.required");
    }

    @ParameterizedTest(name = "{0} by a role it does not allow → 403")
    @MethodSource("routes")
    void everyRouteRefusesTheRolesItDoesNotAllow(Route route) {
        for (String role : List.of("ADMIN", "PLANNER", "EVALUATOR", "AUDITOR")) {
            ApiClient.Answer answer =
                    api.send(route.method(), route.path(), tokens.get(role), route.contentType(), "{}");
            if (route.allowed().isEmpty() || route.allowed().contains(role)) {
                assertThat(answer.status())
                        .as(role + " " + route + ": " + answer.body())
                        .isNotIn(401, 403, 500);
            } else {
                answer.problem(403, "auth.forbidden");
            }
        }
    }

    @Test
    void aWrongPasswordGets401AndNoToken() {
        ApiClient.Answer answer =
                api.post("/api/v1/auth/token", null, "{\"username\":\"admin\",\"password\":\"salah-sekali-12\"}");

        answer.problem(401, "auth.bad-credentials");
        assertThat(answer.body()).doesNotContain("access_token");
    }

    @Test
    void aPasswordLongerThanBcryptReadsGets401NotA500() {
        api.post("/api/v1/auth/token", null, "{\"username\":\"admin\",\"password\":\"" + "x".repeat(200) + "\"}")
                .problem(401, "auth.bad-credentials");
        ApiClient.Answer page = api.send(
                "POST",
                "/login",
                null,
                "application/x-www-form-urlencoded",
                "username=admin&password=" + "x".repeat(200),
                Map.of("Accept", "text/html,*/*;q=0.8"));
        assertThat(page.status()).isIn(302, 303);
        assertThat(page.headers().get("Location")).contains("/masuk?gagal");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (ApiClient.Answer answer : List.of(
                api.send("GET", "/", null, null, null, Map.of("Accept", "text/html")),
                api.get("/api/v1/units", tokens.get("PLANNER")),
                api.get("/tidak-ada", null))) {
            assertThat(answer.headers().get("Content-Security-Policy"))
                    .contains("default-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .contains("script-src 'self'");
            assertThat(answer.headers()).containsEntry("X-Content-Type-Options", "nosniff");
            assertThat(answer.headers()).containsEntry("Referrer-Policy", "same-origin");
            assertThat(answer.headers()).doesNotContainKey("Strict-Transport-Security");
        }
        ApiClient.Answer behindHttps =
                api.send("GET", "/", null, null, null, Map.of("Accept", "text/html", "X-Forwarded-Proto", "https"));
        assertThat(behindHttps.headers().get("Strict-Transport-Security")).startsWith("max-age=");
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        api.post("/api/v1/auth/token", null, "{\"username\":\"tidak-ada\",\"password\":\"salah-sekali-12\"}")
                .problem(401, "auth.bad-credentials");
    }

    @Test
    void theTokenCarriesTheRoles() {
        ApiClient.Answer me = api.get("/api/v1/auth/me", tokens.get("PLANNER"));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("roles").toString()).isEqualTo("[\"PLANNER\"]");
    }

    @Test
    void passwordHashesNeverLeaveTheServer() {
        ApiClient.Answer users = api.get("/api/v1/users?size=200", tokens.get("ADMIN"));

        assertThat(users.status()).isEqualTo(200);
        assertThat(users.body()).doesNotContain("$2").doesNotContainIgnoringCase("password");
    }
}
