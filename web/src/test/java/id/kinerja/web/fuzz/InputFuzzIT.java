package id.kinerja.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.fixtures.Fixtures;
import id.kinerja.web.ApiClient;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Malformed input never reaches a 500. Thousands of requests, generated from the OpenAPI document and from the
 * pages' routes and mutated with a fixed seed, go to every route as every role (and as nobody). Each answer
 * must be below 500, name no Java class or library, come as problem+json from the API; and a refused write
 * must leave the database as it found it. The seed is printed: {@code -Dkinerja.fuzz.seed=…} replays a run,
 * {@code -Dkinerja.fuzz.requests=…} changes its length.
 */
@MicronautTest
// A page upload whose import outlasted the page's wait would go on in the background and finish during a later
// request, whose fingerprint would then show its rows: here every page upload is answered when its import ends.
@io.micronaut.context.annotation.Property(name = "kinerja.survey-import.page-wait", value = "10m")
class InputFuzzIT {
    private static final List<String> LEAKS = List.of(
            "java.",
            "javax.",
            "jakarta.",
            "io.micronaut",
            "com.fasterxml",
            "Exception",
            "org.h2",
            "org.postgresql",
            "org.apache",
            "\tat ");
    /** Sign-in has its own tests and a throttle that a fuzzer from one address would trip for the whole suite. */
    private static final Set<String> LEFT_OUT = Set.of("/api/v1/auth/token", "/login", "/logout");

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @Inject
    Environment environment;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void noInputReachesAServerErrorALeakOrAPartialWrite() throws Exception {
        long seed = Long.getLong("kinerja.fuzz.seed", 20_261_203L);
        int total = Integer.getInteger("kinerja.fuzz.requests", 6_000);
        System.out.printf(
                "InputFuzzIT: seed %d, %d requests (-Dkinerja.fuzz.seed=%d replays this run)%n", seed, total, seed);
        Random random = new Random(seed);

        ApiClient api = new ApiClient(server.getURI());
        Map<String, String> tokens = new LinkedHashMap<>();
        Places places = prepare(api, tokens);
        FileBodies files =
                new FileBodies(Files.readString(Fixtures.golden("skm-seed-services-2024.csv"), StandardCharsets.UTF_8));
        OpenApiRequests openApi = new OpenApiRequests(openApiDocument(api), places, files);
        String origin = server.getURI().toString().replaceAll("/$", "");
        PageRoutes pages = new PageRoutes(router, places, files, origin);
        List<OpenApiRequests.Operation> operations = openApi.operations().stream()
                .filter(operation -> !LEFT_OUT.contains(operation.template()))
                .toList();
        List<PageRoutes.Route> routes = pages.routes().stream()
                .filter(route -> !LEFT_OUT.contains(route.template()))
                .toList();
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(50);
        assertThat(routes.stream().filter(route -> route.method().equals("POST")))
                .as("page forms")
                .hasSizeGreaterThanOrEqualTo(10);
        System.out.printf("InputFuzzIT: %d API operations, %d page routes%n", operations.size(), routes.size());

        List<String> roles = List.of(
                "ANONYMOUS",
                "ADMIN",
                "PLANNER",
                "PLANNER",
                "EVALUATOR",
                "EVALUATOR",
                "EVALUATOR",
                "AUDITOR",
                "AUDITOR");
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, List<String>> failures = new TreeMap<>();
        Map<String, Set<String>> refusedRoles = new java.util.HashMap<>();
        try (Connection connection = openDatabase()) {
            DatabaseFingerprint fingerprint = new DatabaseFingerprint(connection);
            Map<String, Long> current = fingerprint.take();
            for (int sent = 0; sent < total; sent++) {
                boolean toApi = random.nextInt(100) < 62;
                OpenApiRequests.Operation operation = toApi ? BadValues.pick(random, operations) : null;
                PageRoutes.Route route = toApi ? null : BadValues.pick(random, routes);
                String target = toApi
                        ? operation.method() + " " + operation.template()
                        : route.method() + " " + route.template();
                String role = roleFor(target, roles, refusedRoles, random);
                FuzzRequest request = toApi ? openApi.next(operation, role, random) : pages.next(route, role, random);
                if (request.writes()) {
                    // taken right before the write: a read may create what it derives, which is no part of the
                    // write's outcome (a survey's questionnaire links were once minted when first listed)
                    current = fingerprint.take();
                }
                HttpResponse<String> answer;
                try {
                    answer = sendRetryingOnce(request, tokens.get(role));
                } catch (IOException closed) {
                    failures.computeIfAbsent(
                                    "no answer " + request.kind() + " " + request.method() + " "
                                            + templateOf(request.path()),
                                    key -> new ArrayList<>())
                            .add(request.describe() + "\n    → " + closed.getMessage());
                    statuses.merge("no answer", 1, Integer::sum);
                    current = fingerprint.take();
                    continue;
                }
                int status = answer.statusCode();
                if (status == 401 || status == 403 || (request.page() && status == 303 && !request.writes())) {
                    refusedRoles
                            .computeIfAbsent(target, key -> new java.util.HashSet<>())
                            .add(role);
                }
                statuses.merge(status / 100 + "xx " + status, 1, Integer::sum);
                String template = templateOf(request.path());
                if (status >= 500) {
                    fail(
                            failures,
                            status + " " + request.kind() + " " + request.method() + " " + template,
                            request,
                            answer);
                }
                String leak = LEAKS.stream()
                        .filter(answer.body()::contains)
                        .findFirst()
                        .orElse(null);
                if (leak != null) {
                    fail(failures, "leaks '" + leak + "' " + request.method() + " " + template, request, answer);
                }
                String type = answer.headers().firstValue("Content-Type").orElse("");
                if (!request.page() && status >= 400 && !type.startsWith("application/problem+json")) {
                    fail(
                            failures,
                            "not problem+json " + status + " " + request.method() + " " + template,
                            request,
                            answer);
                }
                if (request.writes()) {
                    Map<String, Long> after = fingerprint.take();
                    if (status >= 400 && !after.equals(current)) {
                        Map<String, Long> before = current;
                        fail(
                                failures,
                                "partial write " + status + " " + request.method() + " " + template,
                                request,
                                answer,
                                after.keySet().stream()
                                        .filter(table -> !after.get(table).equals(before.get(table)))
                                        .map(table -> table + " " + before.get(table) + " → " + after.get(table))
                                        .toList()
                                        .toString());
                    }
                    current = after;
                }
            }
        }
        System.out.printf("InputFuzzIT: answers by status %s%n", statuses);
        failures.forEach((cause, examples) ->
                System.out.printf("InputFuzzIT FAILURE %s ×%d%n    %s%n", cause, examples.size(), examples.get(0)));
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(failures.keySet())
                .as("causes of failure (seed %d); first example of each above", seed)
                .isEmpty();
    }

    /**
     * Mostly a role the route has not refused yet, so that most requests get past the door to the parsing and
     * the rules behind it; now and then any role, so that refusals are fuzzed too.
     */
    private static String roleFor(String target, List<String> roles, Map<String, Set<String>> refused, Random random) {
        Set<String> shut = refused.getOrDefault(target, Set.of());
        List<String> open = roles.stream().filter(role -> !shut.contains(role)).toList();
        return open.isEmpty() || random.nextInt(10) == 0 ? BadValues.pick(random, roles) : BadValues.pick(random, open);
    }

    private static String idOf(ApiClient.Answer created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private static void fail(
            Map<String, List<String>> failures, String cause, FuzzRequest request, HttpResponse<String> answer) {
        fail(failures, cause, request, answer, "");
    }

    /** With a note, e.g. which tables a refused write changed. */
    private static void fail(
            Map<String, List<String>> failures,
            String cause,
            FuzzRequest request,
            HttpResponse<String> answer,
            String note) {
        String body = answer.body().length() > 400 ? answer.body().substring(0, 400) + "…" : answer.body();
        failures.computeIfAbsent(cause, key -> new ArrayList<>())
                .add(request.describe() + "\n    → " + body + (note.isEmpty() ? "" : "\n    changed: " + note));
    }

    /** The path with ids and years put back as placeholders, so that causes group by route. */
    private static String templateOf(String path) {
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        return bare.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                + (query < 0 ? "" : "?" + path.substring(query + 1).replaceAll("=[^&]*", "="));
    }

    /**
     * The JDK client reuses connections and does not resend a POST whose connection the server had already
     * closed after the previous answer; one more try on a fresh send tells that apart from a request the server
     * cannot answer.
     */
    private HttpResponse<String> sendRetryingOnce(FuzzRequest request, String token)
            throws IOException, InterruptedException {
        try {
            return send(request, token);
        } catch (IOException closed) {
            return send(request, token);
        }
    }

    private HttpResponse<String> send(FuzzRequest request, String token) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        server.getURI().resolve(URI.create(request.path().replace(" ", "%20"))))
                .timeout(Duration.ofSeconds(60))
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (token != null) {
            builder.header(
                    request.page() ? "Cookie" : "Authorization", request.page() ? "JWT=" + token : "Bearer " + token);
        }
        request.headers().forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> openApiDocument(ApiClient api) {
        ApiClient.Answer document = api.get("/swagger/kinerja-0.1.yml", null);
        assertThat(document.status())
                .as("the OpenAPI document the api module wrote")
                .isEqualTo(200);
        return (Map<String, Object>) new Yaml().load(document.body());
    }

    private Connection openDatabase() throws SQLException {
        return DriverManager.getConnection(
                environment.getRequiredProperty("datasources.default.url", String.class),
                environment
                        .getProperty("datasources.default.username", String.class)
                        .orElse(null),
                environment
                        .getProperty("datasources.default.password", String.class)
                        .orElse(""));
    }

    /**
     * Signs every role in and makes one of everything the routes name, in a unit of the fuzzer's own: what the
     * fuzzer changes (a closed year, a recorded realization) never touches the demo data other tests use.
     */
    private static Places prepare(ApiClient api, Map<String, String> tokens) {
        String admin = api.adminToken();
        String tag = Long.toHexString(System.nanoTime());
        String unit = api.newRootUnit("Biro Uji Masukan " + tag);
        String planner = api.plannerOf(unit);
        String period = idOf(api.post(
                "/api/v1/plan-periods",
                planner,
                "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"));
        String decreeId = idOf(api.post(
                "/api/v1/decrees",
                planner,
                "{\"issuingUnitId\":\"" + unit
                        + "\",\"number\":\"UJI/" + tag + "\",\"title\":\"INDIKATOR KINERJA UTAMA\","
                        + "\"issuingOfficial\":\"KEPALA BIRO\",\"signatory\":{\"name\":\"PENANDA TANGAN\","
                        + "\"position\":\"KEPALA BIRO,\"},\"considerations\":[\"Bahwa\"],\"legalBases\":[\"UU\"],"
                        + "\"decisions\":[\"IKU\"],\"place\":\"Pontianak\"}"));
        String objective = idOf(api.post(
                "/api/v1/decrees/" + decreeId + "/objectives",
                planner,
                "{\"planPeriodId\":\"" + period + "\",\"code\":\"1\",\"statement\":\"Meningkatkan\"}"));
        String indicator = idOf(api.post(
                "/api/v1/objectives/" + objective + "/indicators",
                planner,
                "{\"code\":\"1\",\"name\":\"IKM\",\"kind\":\"SATISFACTION_INDEX\",\"polarity\":"
                        + "\"HIGHER_IS_BETTER\",\"surveyedServices\":[\"Pelayanan Ketatausahaan\"],"
                        + "\"targets\":[{\"year\":2025,\"value\":86}]}"));
        ApiClient.Answer enacted = api.post(
                "/api/v1/decrees/" + decreeId + "/enact", planner, "{\"version\":0,\"enactedOn\":\"2024-01-03\"}");
        assertThat(enacted.status()).as(enacted.body()).isEqualTo(200);
        tokens.put("ADMIN", admin);
        tokens.put("PLANNER", planner);
        tokens.put("EVALUATOR", api.tokenForNewUser("EVALUATOR", unit));
        tokens.put("AUDITOR", api.tokenForNewUser("AUDITOR"));
        String evaluator = tokens.get("EVALUATOR");
        String survey = idOf(api.post(
                "/api/v1/surveys",
                evaluator,
                "{\"unitId\":\"" + unit + "\",\"indicatorId\":\"" + indicator
                        + "\",\"year\":2025,\"methodology\":\"PERMENPANRB_14_2017\"}"));
        api.send(
                "POST",
                "/api/v1/surveys/" + survey + "/responses",
                evaluator,
                "text/csv",
                "layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9\nPelayanan Ketatausahaan;3;3;3;3;3;3;3;3;3\n");
        String realization = idOf(api.post(
                "/api/v1/indicators/" + indicator + "/realizations",
                evaluator,
                "{\"year\":2025,\"fromSurvey\":\"" + survey + "\"}"));
        JsonNode objectiveRead =
                api.get("/api/v1/objectives/" + objective, admin).json();
        assertThat(objectiveRead.path("id").asText()).isEqualTo(objective);
        ApiClient.Answer evidence = api.upload(
                "/api/v1/realizations/" + realization + "/evidence",
                evaluator,
                "bukti.pdf",
                "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        String user = api.post(
                        "/api/v1/users",
                        admin,
                        "{\"username\":\"sasaran-" + Long.toHexString(System.nanoTime())
                                + "\",\"displayName\":\"Sasaran uji\",\"password\":\"sandi-sasaran-uji-panjang\",\"roles\":[\"AUDITOR\"]}")
                .json()
                .path("id")
                .asText();
        Places places = new Places(
                decreeId,
                unit,
                objective,
                period,
                indicator,
                survey,
                realization,
                evidence.json().path("id").asText(),
                user);
        assertThat(List.of(
                        places.objective(),
                        places.planPeriod(),
                        places.survey(),
                        places.realization(),
                        places.evidence(),
                        places.user()))
                .as("%s; evidence %s", places, evidence.body())
                .allSatisfy(id -> assertThat(id).hasSize(36));
        return places;
    }
}
