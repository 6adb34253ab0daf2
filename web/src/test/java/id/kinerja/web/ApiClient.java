package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Real HTTP against the running application, reading answers as raw text first so that tests see exactly
 * what a client sees (the scale of a decimal, the content type of an error).
 */
public final class ApiClient {
    public static final String ADMIN_PASSWORD = "kinerja-test-administrator";
    /** Decimals stay BigDecimal, with the scale the server wrote. */
    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiClient(URI base) {
        this.base = base;
    }

    /** An answer: its status, content type, body and headers (the first value of each), the body as JSON. */
    public record Answer(int status, String contentType, String body, Map<String, String> headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** Asserts a problem+json answer with this status and code, and returns it. */
        public JsonNode problem(int expectedStatus, String expectedCode) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(contentType).as(body).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.path("code").asText()).as(body).isEqualTo(expectedCode);
            assertThat(problem.path("type").asText()).isEqualTo("urn:kinerja:problem:" + expectedCode);
            assertThat(problem.path("messages").path("id").asText()).isNotBlank();
            assertThat(problem.path("messages").path("en").asText()).isNotBlank();
            assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
            return problem;
        }
    }

    public Answer send(String method, String path, String token, String contentType, String body) {
        return send(method, path, token, contentType, body, Map.of());
    }

    public Answer send(
            String method, String path, String token, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                firstValues(response));
    }

    /** A multipart upload with the file in the part {@code file}. */
    public Answer upload(String path, String token, String filename, String contentType, byte[] content) {
        String boundary = "kinerja-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                firstValues(response));
    }

    /** The raw bytes of a download, with its headers. */
    public HttpResponse<byte[]> download(String path, String token) {
        return exchange(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Answer post(String path, String token, String json) {
        return send("POST", path, token, "application/json", json);
    }

    public Answer put(String path, String token, String json) {
        return send("PUT", path, token, "application/json", json);
    }

    public String token(String username, String password) {
        Answer answer = post(
                "/api/v1/auth/token", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("access_token").asText();
    }

    public String adminToken() {
        return token("admin", ADMIN_PASSWORD);
    }

    /** A person opened for a test: what they sign in with, and a token already signed in. */
    public record Person(String username, String password, String token) {}

    /** Opens an account with one role working for these units (as the administrator) and signs it in. */
    public Person newUser(String role, String... unitIds) {
        String username = role.toLowerCase() + "-" + Long.toHexString(System.nanoTime());
        String password = "sandi-" + username;
        // a person's name, as pages show it where they acted ("Uji Planner"), never a role's code
        String displayName = "Uji " + role.charAt(0) + role.substring(1).toLowerCase(java.util.Locale.ROOT);
        Answer created = post(
                "/api/v1/users",
                adminToken(),
                "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName + "\",\"password\":\"" + password
                        + "\",\"roles\":[\"" + role + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        if (unitIds.length > 0) {
            Answer assigned = put(
                    "/api/v1/users/" + created.json().path("id").asText() + "/units",
                    adminToken(),
                    "{\"unitIds\":[\"" + String.join("\",\"", unitIds) + "\"]}");
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        }
        return new Person(username, password, token(username, password));
    }

    /** Opens an account with one role working for these units and returns its token. */
    public String tokenForNewUser(String role, String... unitIds) {
        return newUser(role, unitIds).token();
    }

    /** The demo data's seed decree (017.1/RO-UM/2024) as the decree list shows it. */
    public JsonNode seedDecree(String token) {
        // page by page: on a database many tests have written to, it is not always among the first 200
        for (int page = 0; ; page++) {
            JsonNode items =
                    get("/api/v1/decrees?size=200&page=" + page, token).json().path("items");
            if (items.isEmpty()) {
                throw new AssertionError("the demo decree is missing");
            }
            for (JsonNode decree : items) {
                if (decree.path("number").asText().equals("017.1/RO-UM/2024")) {
                    return decree;
                }
            }
        }
    }

    /** The first indicator of a decree's annex: the seed's IKM. */
    public String firstIndicatorOf(JsonNode decree, String token) {
        return get("/api/v1/decrees/" + decree.path("id").asText() + "/annex", token)
                .json()
                .path("rows")
                .get(0)
                .path("indicatorId")
                .asText();
    }

    /** The id of the first unit the registry lists (the demo's Biro Umum or another). */
    public String firstUnitId(String token) {
        return get("/api/v1/units?size=1", token)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asText();
    }

    // ---- planners scoped to their units (ADR 0020)

    /** Registers a unit at the top of the tree as the administrator (a root unit is theirs) and returns its id. */
    public String newRootUnit(String name) {
        Answer created = post(
                "/api/v1/units",
                adminToken(),
                "{\"parentId\":null,\"name\":\"" + name
                        + "\",\"type\":\"BIRO\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** The demo data's Biro Umum: the unit issuing the seed decree. */
    public String seedUnitId() {
        return seedDecree(adminToken()).path("issuingUnitId").asText();
    }

    /**
     * An administrator who also plans: the stewardship lets them plan for every unit (ADR 0020). For tests about
     * something other than who may plan, which register root units and work in them freely.
     */
    public String plannerForEveryUnit() {
        String username = "perencana-admin-" + Long.toHexString(System.nanoTime());
        String password = "sandi-" + username;
        Answer created = post(
                "/api/v1/users",
                adminToken(),
                "{\"username\":\"" + username + "\",\"displayName\":\"Uji Perencana Administrator\",\"password\":\""
                        + password + "\",\"roles\":[\"PLANNER\",\"ADMIN\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return token(username, password);
    }

    /** A planner of these units and the units under them, signed in: their token. */
    public String plannerOf(String... unitIds) {
        return tokenForNewUser("PLANNER", unitIds);
    }

    private static Map<String, String> firstValues(HttpResponse<?> response) {
        Map<String, String> first = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.headers().map().forEach((name, values) -> first.put(name, values.get(0)));
        return first;
    }
}
