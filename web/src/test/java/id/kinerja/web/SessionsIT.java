package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sessions that end, over real HTTP: a token (bearer for the API, the same token as the page's cookie) is
 * refused within seconds once its person is disabled, signs out, or loses a role; the password policy answers
 * in both languages; the session cookie is Secure only over HTTPS, so sign-in works on an intranet host; and
 * /login and /logout never answer 500 to a slow or a scripted client.
 */
// not transactional: the tests talk to the server over HTTP, and one commits a transaction of its own. A session
// number read is remembered for an hour here, so that a token used a moment ago is surely answered from memory on
// the event loop (ADR 0040) when a test needs it to be; every ending tested here is one this node is told of.
@MicronautTest(rebuildContext = false, transactional = false)
@io.micronaut.context.annotation.Property(name = "kinerja.security.session-recheck", value = "1h")
class SessionsIT {
    @Inject
    EmbeddedServer server;

    @Inject
    io.micronaut.security.token.generator.TokenGenerator tokens;

    @Inject
    SignOutThreads signOutThreads;

    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions;

    @Inject
    id.kinerja.domain.user.SessionVersions sessionVersions;

    private record Account(String id, String username, String password, String token) {}

    private Account open(ApiClient api, String role) {
        String username = "sesi-" + role.toLowerCase() + "-" + Long.toHexString(System.nanoTime());
        String password = "kuda-laut-" + Long.toHexString(System.nanoTime());
        ApiClient.Answer created = api.post(
                "/api/v1/users",
                api.adminToken(),
                "{\"username\":\"" + username + "\",\"displayName\":\"Sesi\",\"password\":\"" + password
                        + "\",\"roles\":[\"" + role + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Account(created.json().path("id").asText(), username, password, api.token(username, password));
    }

    private static ApiClient.Answer page(ApiClient api, String path, String token) {
        return api.send("GET", path, null, null, null, Map.of("Accept", "text/html", "Cookie", "JWT=" + token));
    }

    private static ApiClient.Answer change(ApiClient api, Account account, String roles, boolean active) {
        JsonNode current =
                api.get("/api/v1/users/" + account.id(), api.adminToken()).json();
        return api.put(
                "/api/v1/users/" + account.id(),
                api.adminToken(),
                "{\"version\":" + current.path("version").asLong() + ",\"displayName\":\"Sesi\",\"roles\":" + roles
                        + ",\"active\":" + active + "}");
    }

    @Test
    void aDisabledPersonsTokenIsRefusedAtOnceOnTheApiAndThePages() {
        ApiClient api = new ApiClient(server.getURI());
        Account planner = open(api, "PLANNER");
        assertThat(api.get("/api/v1/units", planner.token()).status()).isEqualTo(200);
        assertThat(page(api, "/beranda", planner.token()).status()).isEqualTo(200);

        assertThat(change(api, planner, "[\"PLANNER\"]", false).status()).isEqualTo(200);

        api.get("/api/v1/units", planner.token()).problem(401, "auth.required");
        ApiClient.Answer page = page(api, "/beranda", planner.token());
        assertThat(page.status()).isIn(302, 303);
        // to sign in, then back to the page asked for
        assertThat(page.headers().get("Location")).contains("/masuk?ke=").contains("beranda");
        api.post(
                        "/api/v1/auth/token",
                        null,
                        "{\"username\":\"" + planner.username() + "\",\"password\":\"" + planner.password() + "\"}")
                .problem(401, "auth.bad-credentials");
    }

    @Test
    void signingOutEndsTheSessionOnTheServerForTheCookieAndTheBearerToken() {
        ApiClient api = new ApiClient(server.getURI());
        Account planner = open(api, "PLANNER");
        String copyOfTheCookie = planner.token();
        int earlierSignOuts = signOutThreads.threads().size();

        ApiClient.Answer signOut = api.send(
                "POST",
                "/logout",
                null,
                "application/x-www-form-urlencoded",
                "",
                Map.of(
                        "Accept",
                        "text/html,*/*;q=0.8",
                        "Cookie",
                        "JWT=" + copyOfTheCookie,
                        "Sec-Fetch-Site",
                        "same-origin"));
        assertThat(signOut.status()).isIn(302, 303);

        assertThat(page(api, "/beranda", copyOfTheCookie).status()).isIn(302, 303);
        api.get("/api/v1/units", copyOfTheCookie).problem(401, "auth.required");

        signOutWithATokenJustUsed(api, api.token(planner.username(), planner.password()), "/logout");
        // the router ignores a trailing slash, and so must everything that guards the sign-out
        signOutWithATokenJustUsed(api, api.token(planner.username(), planner.password()), "/logout/");

        // each token had just been used, so its check ended on the event loop (ADR 0040): each sign-out, which
        // writes to the database, must still have run on the blocking executor (SignOutController)
        List<String> threads = signOutThreads.threads();
        assertThat(threads.subList(earlierSignOuts, threads.size()))
                .hasSize(3)
                .noneMatch(thread -> thread.toLowerCase(java.util.Locale.ROOT).contains("eventloop"));
    }

    /** Uses a bearer token (so this node remembers it), signs out with it at the address, and sees it refused. */
    private static void signOutWithATokenJustUsed(ApiClient api, String token, String address) {
        assertThat(api.get("/api/v1/units", token).status()).isEqualTo(200);
        ApiClient.Answer signOut = api.send("POST", address, token, "application/x-www-form-urlencoded", "", Map.of());
        assertThat(signOut.status()).as(signOut.body()).isIn(302, 303);
        api.get("/api/v1/units", token).problem(401, "auth.required");
    }

    @Test
    void losingARoleEndsTheSessionAndTheNewTokenHasOnlyWhatIsLeft() {
        ApiClient api = new ApiClient(server.getURI());
        Account both = open(api, "PLANNER");
        assertThat(change(api, both, "[\"PLANNER\",\"AUDITOR\"]", true).status())
                .isEqualTo(200);
        String plannerAndAuditor = api.token(both.username(), both.password());
        assertThat(api.get("/api/v1/audit?size=1", plannerAndAuditor).status()).isEqualTo(200);

        assertThat(change(api, both, "[\"PLANNER\"]", true).status()).isEqualTo(200);

        api.get("/api/v1/audit?size=1", plannerAndAuditor).problem(401, "auth.required");
        String plannerOnly = api.token(both.username(), both.password());
        api.get("/api/v1/audit?size=1", plannerOnly).problem(403, "auth.forbidden");
        assertThat(api.get("/api/v1/units", plannerOnly).status()).isEqualTo(200);
    }

    @Test
    void renamingSomeoneKeepsTheirSession() {
        ApiClient api = new ApiClient(server.getURI());
        Account planner = open(api, "PLANNER");
        JsonNode current =
                api.get("/api/v1/users/" + planner.id(), api.adminToken()).json();
        api.put(
                "/api/v1/users/" + planner.id(),
                api.adminToken(),
                "{\"version\":" + current.path("version").asLong()
                        + ",\"displayName\":\"Nama Baru\",\"roles\":[\"PLANNER\"],\"active\":true}");

        assertThat(api.get("/api/v1/units", planner.token()).status()).isEqualTo(200);
    }

    @Test
    void aTokenWithoutASessionNumberIsRefused() {
        ApiClient api = new ApiClient(server.getURI());
        Account planner = open(api, "PLANNER");
        // signed by this server, so only the session check can refuse it: it names the person, not a session
        String unnumbered = tokens.generateToken(
                        io.micronaut.security.authentication.Authentication.build(
                                planner.username(),
                                List.of("PLANNER"),
                                Map.of(id.kinerja.http.security.SignedInUser.USER_ID, planner.id())),
                        3600)
                .orElseThrow();
        String numbered = numberedToken(planner, 3600);

        assertThat(api.get("/api/v1/units", numbered).status())
                .as("the same token with its session number is accepted")
                .isEqualTo(200);
        api.get("/api/v1/units", unnumbered).problem(401, "auth.required");
    }

    @Test
    void aSessionEndedInATransactionIsForgottenAgainWhenItCommits() {
        ApiClient api = new ApiClient(server.getURI());
        Account planner = open(api, "PLANNER");

        transactions.executeWrite(status -> {
            sessionVersions.endAll(new id.kinerja.domain.user.UserId(java.util.UUID.fromString(planner.id())));
            // not yet committed: the server, on its own connection, still reads the old number and remembers it
            assertThat(api.get("/api/v1/units", planner.token()).status()).isEqualTo(200);
            return null;
        });

        // forgotten at the commit, so read again at once, not after the recheck interval
        api.get("/api/v1/units", planner.token()).problem(401, "auth.required");
    }

    /**
     * A token this node has checked is remembered (RememberedTokens, ADR 0040), yet it still ends when it expires,
     * and only its exact text is remembered: the same claims under a changed signature are checked afresh.
     */
    @Test
    void aRememberedTokenStillExpiresAndAnAlteredCopyIsCheckedAfresh() throws InterruptedException {
        ApiClient api = new ApiClient(server.getURI());
        Account planner = open(api, "PLANNER");
        String shortLived = numberedToken(planner, 4);
        assertThat(api.get("/api/v1/units", shortLived).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/units", shortLived).status())
                .as("asked again: answered from what the node remembers")
                .isEqualTo(200);

        String signature = planner.token().substring(planner.token().lastIndexOf('.') + 1);
        char first = signature.charAt(0);
        String altered = planner.token().substring(0, planner.token().lastIndexOf('.') + 1)
                + (first == 'A' ? 'B' : 'A')
                + signature.substring(1);
        assertThat(api.get("/api/v1/units", planner.token()).status()).isEqualTo(200);
        api.get("/api/v1/units", altered).problem(401, "auth.required");

        // the expiry is in whole seconds (so the token lives 3-4 s): five seconds later it has ended
        Thread.sleep(5_000);
        api.get("/api/v1/units", shortLived).problem(401, "auth.required");
        assertThat(api.get("/api/v1/units", planner.token()).status()).isEqualTo(200);
    }

    /** A token this server signs for the account, with its current session number, ending after some seconds. */
    private String numberedToken(Account account, int seconds) {
        return tokens.generateToken(
                        io.micronaut.security.authentication.Authentication.build(
                                account.username(),
                                List.of("PLANNER"),
                                Map.of(
                                        id.kinerja.http.security.SignedInUser.USER_ID,
                                        account.id(),
                                        id.kinerja.http.security.SignedInUser.SESSION_VERSION,
                                        sessionNumberOf(account.token()))),
                        seconds)
                .orElseThrow();
    }

    private static long sessionNumberOf(String token) {
        try {
            return ApiClient.JSON
                    .readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                    .path(id.kinerja.http.security.SignedInUser.SESSION_VERSION)
                    .asLong();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void thePasswordPolicyRefusesCommonPasswordsAndTheNameInBothLanguages() {
        ApiClient api = new ApiClient(server.getURI());
        for (String[] refused : List.of(
                new String[] {"indonesia123", "password.common"},
                new String[] {"bismillah123", "password.common"},
                new String[] {"Password1234", "password.common"},
                new String[] {"aaaaaaaaaaaaaaaa", "password.trivial"},
                new String[] {"budi-santoso-1990", "password.like-username"},
                new String[] {"pendek", "password.too-short"},
                new String[] {"k".repeat(30) + "é".repeat(30), "password.too-long"})) {
            ApiClient.Answer answer = api.send(
                    "POST",
                    "/api/v1/users",
                    api.adminToken(),
                    "application/json",
                    "{\"username\":\"budi-santoso\",\"displayName\":\"Budi\",\"password\":\"" + refused[0]
                            + "\",\"roles\":[\"PLANNER\"]}",
                    Map.of("Accept-Language", "en"));
            JsonNode problem = answer.problem(422, refused[1]);
            assertThat(problem.path("field").asText()).isEqualTo("password");
            assertThat(problem.path("messages").path("id").asText())
                    .isNotEqualTo(problem.path("messages").path("en").asText());
        }
    }

    @Test
    void theSessionCookieIsSecureOnlyOverHttpsAndSignInWorksOnAnIntranetHost() {
        ApiClient api = new ApiClient(server.getURI());
        Account planner = open(api, "PLANNER");
        RawHttp raw = new RawHttp(server.getURI());
        for (String host : List.of("kinerja.intranet:8080", "10.0.0.5:8080")) {
            RawHttp.Answer form =
                    raw.send("GET", "/masuk", List.of("Host: " + host, "Accept: text/html,*/*;q=0.8"), null, 0);
            String probe = form.all("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("kinerja-kuki="))
                    .findFirst()
                    .orElseThrow();
            assertThat(probe).doesNotContainIgnoringCase("secure");

            RawHttp.Answer signedIn = signIn(raw, host, planner, List.of("Cookie: kinerja-kuki=1"));
            assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(303);
            assertThat(signedIn.header("Location")).endsWith("/beranda");
            String cookie = jwtCookie(signedIn);
            assertThat(cookie).containsIgnoringCase("HttpOnly").doesNotContainIgnoringCase("secure");

            RawHttp.Answer home = raw.send(
                    "GET",
                    "/beranda",
                    List.of(
                            "Host: " + host,
                            "Accept: text/html,*/*;q=0.8",
                            "Cookie: " + cookie.substring(0, cookie.indexOf(';'))),
                    null,
                    0);
            assertThat(home.status()).isEqualTo(200);
        }

        RawHttp.Answer behindHttps = signIn(
                raw, "kinerja.example.go.id", planner, List.of("Cookie: kinerja-kuki=1", "X-Forwarded-Proto: https"));
        assertThat(behindHttps.status()).isEqualTo(303);
        assertThat(jwtCookie(behindHttps)).containsIgnoringCase("Secure");
    }

    @Test
    void aBrowserThatRefusedTheProbeCookieIsToldSo() {
        ApiClient api = new ApiClient(server.getURI());
        Account planner = open(api, "PLANNER");
        RawHttp raw = new RawHttp(server.getURI());

        RawHttp.Answer blocked = signIn(raw, "kinerja.intranet:8080", planner, List.of());

        assertThat(blocked.status()).isEqualTo(303);
        assertThat(blocked.header("Location")).isEqualTo("/masuk?kuki=diblokir");
        assertThat(blocked.all("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JWT="));
        for (String[] language :
                List.of(new String[] {"id", "menolak cookie"}, new String[] {"en", "refuses cookies"})) {
            ApiClient.Answer message = api.send(
                    "GET",
                    "/masuk?kuki=diblokir",
                    null,
                    null,
                    null,
                    Map.of("Accept", "text/html", "Cookie", "bahasa=" + language[0]));
            assertThat(message.body()).contains("id=\"kuki\"").contains(language[1]);
        }
    }

    @Test
    void loginAndLogoutReadABodyThatArrivesAMomentAfterTheHeaders() {
        ApiClient api = new ApiClient(server.getURI());
        Account planner = open(api, "PLANNER");
        RawHttp raw = new RawHttp(server.getURI());
        String host = server.getHost() + ":" + server.getPort();
        for (int attempt = 0; attempt < 30; attempt++) {
            RawHttp.Answer login = raw.send(
                    "POST",
                    "/login",
                    List.of(
                            "Host: " + host,
                            "Content-Type: application/x-www-form-urlencoded",
                            "Accept: text/html,*/*;q=0.8"),
                    "username=" + planner.username() + "&password=" + planner.password(),
                    20);
            assertThat(login.status()).as("try %d: %s", attempt, login.body()).isEqualTo(303);
            assertThat(login.header("Location")).endsWith("/beranda");
            String cookie = jwtCookie(login);

            RawHttp.Answer logout = raw.send(
                    "POST",
                    "/logout",
                    List.of(
                            "Host: " + host,
                            "Content-Type: application/x-www-form-urlencoded",
                            "Accept: text/html,*/*;q=0.8",
                            "Cookie: " + cookie.substring(0, cookie.indexOf(';'))),
                    "",
                    20);
            assertThat(logout.status()).as("try %d: %s", attempt, logout.body()).isIn(302, 303);
        }
    }

    @Test
    void aPlainScriptedClientSignsInAndOutWithoutA500() {
        ApiClient api = new ApiClient(server.getURI());
        Account planner = open(api, "PLANNER");

        ApiClient.Answer login = api.send(
                "POST",
                "/login",
                null,
                "application/x-www-form-urlencoded",
                "username=" + planner.username() + "&password=" + planner.password(),
                Map.of());
        assertThat(login.status()).as(login.body()).isIn(302, 303);
        assertThat(login.headers().get("Location")).endsWith("/beranda");
        String cookie = login.headers().get("set-cookie");
        assertThat(cookie).startsWith("JWT=");

        ApiClient.Answer logout = api.send(
                "POST",
                "/logout",
                null,
                "application/x-www-form-urlencoded",
                "",
                Map.of("Cookie", cookie.substring(0, cookie.indexOf(';'))));
        assertThat(logout.status()).as(logout.body()).isIn(302, 303);
        ApiClient.Answer wrong =
                api.send("POST", "/login", null, "application/x-www-form-urlencoded", "username=&password=", Map.of());
        assertThat(wrong.status()).as(wrong.body()).isIn(302, 303, 400, 422);
    }

    private static RawHttp.Answer signIn(RawHttp raw, String host, Account account, List<String> more) {
        List<String> headers = new java.util.ArrayList<>(List.of(
                "Host: " + host,
                "Origin: http://" + host,
                "Sec-Fetch-Site: same-origin",
                "Content-Type: application/x-www-form-urlencoded",
                "Accept: text/html,*/*;q=0.8"));
        headers.addAll(more);
        return raw.send(
                "POST", "/login", headers, "username=" + account.username() + "&password=" + account.password(), 0);
    }

    private static String jwtCookie(RawHttp.Answer answer) {
        return answer.all("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JWT="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no JWT cookie in " + answer.headers()));
    }
}
