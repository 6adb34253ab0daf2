package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two application nodes on one fresh database, as two Micronaut contexts with their own HTTP servers in this
 * JVM. On the PostgreSQL run the database is a new one on this run's server and the nodes start at the same
 * moment (migrations, first administrator and demo data racing). On the H2 run it is a new in-memory
 * database, which both contexts share because they live in one JVM; as an embedded H2 serves one process
 * only and Flyway takes no lock on it, the second node starts after the first there. Then writers on both
 * nodes race: the first realization of a period (one is stored, the rest answered 409) and revisions of
 * one realization from the same version (one wins, no update lost).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {
    private static final int WRITERS = 6;
    private static final String SEED_DECREE = "017.1/RO-UM/2024";

    private final List<EmbeddedServer> nodes = new ArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    private TestDatabase database;

    /** The fresh database both nodes use, and how to drop it. */
    private record TestDatabase(String url, String user, String password, Runnable drop) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    @BeforeAll
    void startTwoNodesAtOnce() throws Exception {
        database = freshDatabase();
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<EmbeddedServer>> starting = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            starting.add(pool.submit(() -> {
                if (TestPass.ON_POSTGRESQL) {
                    together.await(30, TimeUnit.SECONDS);
                }
                return ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "datasources.default.url", database.url(),
                                "datasources.default.username", database.user(),
                                "datasources.default.password", database.password(),
                                "micronaut.server.port", -1,
                                // one secret for both, as nodes behind one load balancer share it
                                "micronaut.security.token.jwt.signatures.secret.generator.secret", secret),
                        "test");
            }));
            if (!TestPass.ON_POSTGRESQL) {
                // Flyway takes no lock on H2: the second node starts when the first is up (see the class comment)
                starting.get(node).get(3, TimeUnit.MINUTES);
            }
        }
        for (Future<EmbeddedServer> node : starting) {
            // a node that failed to start (a duplicate key in its first-start work) fails the test here
            nodes.add(node.get(3, TimeUnit.MINUTES));
        }
    }

    @AfterAll
    void stopNodes() {
        pool.shutdownNow();
        nodes.forEach(node -> node.getApplicationContext().close());
        if (database != null) {
            database.drop().run();
        }
    }

    private ApiClient api(int node) {
        return new ApiClient(nodes.get(node % nodes.size()).getURI());
    }

    @Test
    void bothNodesStartOnOneEmptyDatabaseWithOneAdministratorAndTheDemoDataOnce() throws SQLException {
        assertThat(nodes).hasSize(2);
        for (int node = 0; node < 2; node++) {
            ApiClient api = api(node);
            String token = api.adminToken();
            JsonNode decrees = api.get("/api/v1/decrees?size=200", token).json().path("items");
            long seeds = 0;
            for (JsonNode decree : decrees) {
                seeds += decree.path("number").asText().equals(SEED_DECREE) ? 1 : 0;
            }
            assertThat(seeds).as("the demo decree on node %d", node).isEqualTo(1);
        }
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = 'admin'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM decree")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM startup_claim")).isEqualTo(2);
    }

    @Test
    void writersOnBothNodesRecordOneFirstRealizationPerPeriodAndLoseNoRevision() throws Exception {
        Quarterly indicator = quarterlyIndicator(api(0));
        List<String> evaluators = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            evaluators.add(api(writer).tokenForNewUser("EVALUATOR", indicator.unitId()));
        }
        List<String> stored = new ArrayList<>();
        for (int year = 2024; year <= 2026; year++) {
            for (String quarter : List.of("Q1", "Q2", "Q3", "Q4")) {
                String body = "{\"year\":" + year + ",\"period\":\"" + quarter + "\",\"value\":\"%d\"}";
                List<ApiClient.Answer> answers = race(writer -> api(writer)
                        .post(
                                "/api/v1/indicators/" + indicator.id() + "/realizations",
                                evaluators.get(writer),
                                body.formatted(10 + writer)));
                List<ApiClient.Answer> created = answers.stream()
                        .filter(answer -> answer.status() == 201)
                        .toList();
                assertThat(created).as("%s %d: %s", quarter, year, answers).hasSize(1);
                for (ApiClient.Answer answer : answers) {
                    if (answer.status() != 201) {
                        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                        assertThat(answer.json().path("code").asText()).isIn("realization.exists", "realization.raced");
                    }
                }
                stored.add(created.get(0).json().path("id").asText());
            }
        }
        assertThat(count("SELECT COUNT(*) FROM realization r WHERE r.indicator_id = '" + indicator.id()
                        + "' AND NOT EXISTS (SELECT 1 FROM realization c WHERE c.corrects_id = r.id)"))
                .as("one current realization per period")
                .isEqualTo(12);
        assertThat(count("SELECT COUNT(*) FROM realization WHERE indicator_id = '" + indicator.id() + "'"))
                .isEqualTo(12);

        for (String realization : stored.subList(0, 4)) {
            List<ApiClient.Answer> answers = race(writer -> api(writer)
                    .put(
                            "/api/v1/realizations/" + realization,
                            evaluators.get(writer),
                            "{\"version\":0,\"value\":\"" + (50 + writer) + "\"}"));
            List<ApiClient.Answer> revised =
                    answers.stream().filter(answer -> answer.status() == 200).toList();
            assertThat(revised).as("%s", answers).hasSize(1);
            answers.stream().filter(answer -> answer.status() != 200).forEach(answer -> {
                assertThat(answer.status()).as(answer.body()).isEqualTo(409);
                assertThat(answer.json().path("code").asText()).isEqualTo("version.stale");
            });
            JsonNode now = api(1).get("/api/v1/realizations/" + realization, evaluators.get(1))
                    .json()
                    .path("realization");
            JsonNode winner = revised.get(0).json();
            assertThat(now.path("version").asLong()).isEqualTo(1);
            assertThat(now.path("value").decimalValue())
                    .as("the stored value is the winner's")
                    .isEqualByComparingTo(winner.path("value").decimalValue());
        }
    }

    @Test
    void anEvaluationReadOnOneNodeShowsEveryChangeMadeOnTheOther() {
        Quarterly indicator = quarterlyIndicator(api(0));
        String evaluator = api(1).tokenForNewUser("EVALUATOR", indicator.unitId());
        String attainment = "/api/v1/units/" + indicator.unitId() + "/attainment?year=2024";
        assertThat(periodValues(api(0).get(attainment, evaluator)))
                .as("nothing recorded yet")
                .isEmpty();
        assertThat(periodValues(api(0).get(attainment, evaluator)))
                .as("read twice, from memory")
                .isEmpty();

        ApiClient.Answer recorded = api(1).post(
                        "/api/v1/indicators/" + indicator.id() + "/realizations",
                        evaluator,
                        "{\"year\":2024,\"period\":\"Q1\",\"value\":\"40\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(periodValues(api(0).get(attainment, evaluator)))
                .as("node 0 sees the value node 1 recorded")
                .containsExactly("40");

        ApiClient.Answer revised = api(1).put(
                        "/api/v1/realizations/" + recorded.json().path("id").asText(),
                        evaluator,
                        "{\"version\":0,\"value\":\"75,5\"}");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(periodValues(api(0).get(attainment, evaluator)))
                .as("and its revision")
                .containsExactly("75.5");
    }

    @Test
    void anEvaluationsEntityTagHoldsOnBothNodesUntilAChangeOnEitherNode() {
        Quarterly indicator = quarterlyIndicator(api(0));
        String evaluator = api(1).tokenForNewUser("EVALUATOR", indicator.unitId());
        String attainment = "/api/v1/units/" + indicator.unitId() + "/attainment?year=2024";
        ApiClient.Answer first = api(0).get(attainment, evaluator);
        String tag = first.headers().get("ETag");
        assertThat(tag).as("an entity tag").isNotBlank();
        assertThat(first.headers().get("Cache-Control")).isEqualTo("private, no-cache");

        for (int node = 0; node < 2; node++) {
            ApiClient.Answer again = revalidate(node, attainment, evaluator, tag);
            assertThat(again.status()).as("unchanged on node %d", node).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            ApiClient.Answer whole = api(node).get(attainment, evaluator);
            assertThat(whole.body()).as("the same answer on node %d", node).isEqualTo(first.body());
            assertThat(whole.headers().get("ETag")).isEqualTo(tag);
        }

        ApiClient.Answer recorded = api(1).post(
                        "/api/v1/indicators/" + indicator.id() + "/realizations",
                        evaluator,
                        "{\"year\":2024,\"period\":\"Q2\",\"value\":\"55\"}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        ApiClient.Answer changed = revalidate(0, attainment, evaluator, tag);
        assertThat(changed.status()).as("node 0 after a change on node 1").isEqualTo(200);
        assertThat(changed.headers().get("ETag")).isNotEqualTo(tag);
        assertThat(periodValues(changed)).containsExactly("55");
        assertThat(revalidate(1, attainment, evaluator, changed.headers().get("ETag"))
                        .status())
                .as("the new tag holds on the other node")
                .isEqualTo(304);
    }

    private ApiClient.Answer revalidate(int node, String path, String token, String entityTag) {
        return api(node).send("GET", path, token, null, null, Map.of("If-None-Match", entityTag));
    }

    /** The values of the periods of the unit's one indicator, as the attainment answer lists them. */
    private static List<String> periodValues(ApiClient.Answer evaluation) {
        assertThat(evaluation.status()).as(evaluation.body()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        evaluation
                .json()
                .path("objectives")
                .get(0)
                .path("indicators")
                .get(0)
                .path("evaluation")
                .path("periods")
                .forEach(period -> values.add(
                        period.path("value").decimalValue().stripTrailingZeros().toPlainString()));
        return values;
    }

    /** Every writer sends its request at the same moment, half through each node; their answers in order. */
    private List<ApiClient.Answer> race(java.util.function.IntFunction<ApiClient.Answer> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<Future<ApiClient.Answer>> sent = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            int id = writer;
            Callable<ApiClient.Answer> call = () -> {
                start.await(30, TimeUnit.SECONDS);
                return request.apply(id);
            };
            sent.add(pool.submit(call));
        }
        List<ApiClient.Answer> answers = new ArrayList<>();
        for (Future<ApiClient.Answer> answer : sent) {
            answers.add(answer.get(2, TimeUnit.MINUTES));
        }
        return answers;
    }

    /** A unit and its quarterly indicator, also used by other tests that need a plain numeric indicator. */
    record Quarterly(String unitId, String id) {}

    /** An enacted decree of a new unit with one quarterly numeric indicator over 2024–2026. */
    static Quarterly quarterlyIndicator(ApiClient api) {
        String suffix = Long.toHexString(System.nanoTime());
        String unit = api.newRootUnit("Biro Balapan " + suffix);
        String planner = api.plannerOf(unit);
        String period = api.post(
                        "/api/v1/plan-periods",
                        planner,
                        "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}")
                .json()
                .path("id")
                .asText();
        JsonNode decree = api.post(
                        "/api/v1/decrees",
                        planner,
                        "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"IKU/" + suffix + "\",\"title\":\"IKU\","
                                + "\"issuingOfficial\":\"Kepala Biro\",\"signatory\":{\"name\":\"Kepala\",\"position\":\"KEPALA,\"},"
                                + "\"considerations\":[\"Bahwa\"],\"legalBases\":[\"UU\"],\"decisions\":[\"IKU\"],\"place\":\"Pontianak\"}")
                .json();
        String objective = api.post(
                        "/api/v1/decrees/" + decree.path("id").asText() + "/objectives",
                        planner,
                        "{\"planPeriodId\":\"" + period + "\",\"code\":\"1\",\"statement\":\"Meningkatnya layanan\"}")
                .json()
                .path("id")
                .asText();
        ApiClient.Answer indicator = api.post(
                "/api/v1/objectives/" + objective + "/indicators",
                planner,
                "{\"code\":\"1.1\",\"name\":\"Dokumen " + suffix + "\",\"unitOfMeasure\":\"dokumen\","
                        + "\"kind\":\"NUMERIC\",\"polarity\":\"HIGHER_IS_BETTER\",\"frequency\":\"QUARTERLY\","
                        + "\"targets\":[{\"year\":2024,\"value\":100}]}");
        assertThat(indicator.status()).as(indicator.body()).isEqualTo(201);
        ApiClient.Answer enacted = api.post(
                "/api/v1/decrees/" + decree.path("id").asText() + "/enact",
                planner,
                "{\"version\":0,\"enactedOn\":\"2024-01-03\"}");
        assertThat(enacted.status()).as(enacted.body()).isEqualTo(200);
        return new Quarterly(unit, indicator.json().path("id").asText());
    }

    private long count(String select) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(select)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * A new database on this run's PostgreSQL server (the tests' data source names it), or a new H2
     * in-memory database in this JVM.
     */
    private static TestDatabase freshDatabase() throws SQLException {
        String name = "kinerja_nodes_" + UUID.randomUUID().toString().replace("-", "");
        if (!TestPass.ON_POSTGRESQL) {
            return new TestDatabase(
                    "jdbc:h2:mem:" + name
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "sa",
                    "",
                    () -> {});
        }
        String server = System.getProperty("datasources.default.url");
        String user = System.getProperty("datasources.default.username");
        String password = System.getProperty("datasources.default.password");
        execute(server, user, password, "CREATE DATABASE " + name);
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        String parameters = query < 0 ? "" : server.substring(query);
        String url = base.substring(0, base.lastIndexOf('/') + 1) + name + parameters;
        return new TestDatabase(url, user, password, () -> {
            try {
                execute(server, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    // ---- the public questionnaire kept in memory per registry version (issue 16, item 5; ADR 0037)

    @Test
    void aQuestionnaireClosedOnOneNodeRefusesAtOnceOnTheNodeThatKeepsItInMemory() throws Exception {
        String unit = api(0).newRootUnit("Biro Dua Simpul " + System.nanoTime());
        String evaluator = api(0).tokenForNewUser("EVALUATOR", unit);
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).getYear();
        ApiClient.Answer planned = api(0).post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + unit + "\",\"year\":" + year
                                + ",\"methodology\":\"PERMENPANRB_14_2017\",\"services\":[\"Loket\"]}");
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String survey = planned.json().path("id").asText();
        // the link is made with the service, so listing it on either node reads what is there
        assertThat(count("SELECT COUNT(*) FROM questionnaire_link WHERE survey_id = '" + survey + "'"))
                .isEqualTo(1);
        JsonNode links = api(1).get("/api/v1/surveys/" + survey + "/questionnaire-links", evaluator)
                .json();
        String code = links.get(0).path("code").asText();
        assertThat(api(0).get("/api/v1/surveys/" + survey + "/questionnaire-links", evaluator)
                        .json()
                        .get(0)
                        .path("code")
                        .asText())
                .isEqualTo(code);

        // node 0 keeps the questionnaire in memory after its first sendings
        assertThat(sendQuestionnaire(0, code).statusCode()).isEqualTo(303);
        assertThat(sendQuestionnaire(0, code).statusCode()).isEqualTo(303);
        ApiClient.Answer closed = api(1).post("/api/v1/surveys/" + survey + "/collection/close", evaluator, "{}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        java.net.http.HttpResponse<String> refused = sendQuestionnaire(0, code);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("sudah ditutup");
        assertThat(java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(
                                                nodes.get(0).getURI().resolve("/skm/" + code))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString())
                        .body())
                .contains("id=\"closed\"");
        assertThat(count("SELECT COUNT(*) FROM questionnaire_answer WHERE survey_id = '" + survey + "'"))
                .isEqualTo(2);
    }

    /** One person's questionnaire, every element answered 3, from a new device and visit, sent to a node. */
    private java.net.http.HttpResponse<String> sendQuestionnaire(int node, String code) throws Exception {
        StringBuilder body = new StringBuilder("situs=&kunjungan=" + hex() + "&perangkat=" + hex());
        for (int element = 1; element <= 9; element++) {
            body.append("&u").append(element).append("=3");
        }
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        nodes.get(node).getURI().resolve("/skm/" + code))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "text/html")
                                .header("Sec-Fetch-Site", "same-origin")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString()))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
