package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.http.audit.CountedAttempts;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.event.LoginFailedEvent;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The audit trail an auditor can rely on (ADR 0016), on this run's database: a change and its line commit
 * together or not at all; refusals are recorded as refused with their reason; failed sign-ins and anonymous
 * refusals are counted; the database refuses to change or delete a line; and the hash chain names the first
 * line edited or removed behind the application's back.
 */
@MicronautTest(transactional = false)
@Property(name = FailingBeforeCommit.MARKER, value = AuditTrailIT.FAIL_BEFORE_COMMIT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailIT {
    static final String FAIL_BEFORE_COMMIT = "GAGAL-SEBELUM-COMMIT";

    @Inject
    EmbeddedServer server;

    @Value("${datasources.default.url}")
    String databaseUrl;

    @Value("${datasources.default.username}")
    String databaseUser;

    @Value("${datasources.default.password:}")
    String databasePassword;

    @Inject
    CountedAttempts counted;

    @Inject
    AuditTrail trail;

    @Inject
    ApplicationEventPublisher<LoginFailedEvent> signInFailures;

    private ApiClient api;
    private String registrar;
    private ApiClient.Person auditorPerson;
    private String auditor;

    @BeforeAll
    void people() {
        api = new ApiClient(server.getURI());
        // root units are registered by an administrator (ADR 0020)
        registrar = api.adminToken();
        auditorPerson = api.newUser("AUDITOR");
        auditor = auditorPerson.token();
    }

    @Test
    void aChangeWhoseLineFailsBeforeTheCommitLeavesNeitherTheChangeNorTheLine() {
        String name = "Biro " + FAIL_BEFORE_COMMIT + " " + UUID.randomUUID();

        ApiClient.Answer answer = api.post("/api/v1/units", registrar, unit(name));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(count("SELECT COUNT(*) FROM organization_unit WHERE name = ?", name))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE after_state LIKE ?", "%" + name + "%"))
                .isZero();
        // and a change that commits has its line, in the same chain
        String kept = "Biro tercatat " + UUID.randomUUID();
        String id = created(api.post("/api/v1/units", registrar, unit(kept)))
                .path("id")
                .asText();
        assertThat(lines("entityType=unit&entityId=" + id))
                .singleElement()
                .satisfies(line -> assertThat(line.path("outcome").asText()).isEqualTo("DONE"));
    }

    @Test
    void aDryRunFlagOnARouteThatHasNoDryRunDoesNotKeepTheChangeOffTheRecord() {
        String id = created(api.post(
                        "/api/v1/units?dryRun=true", registrar, unit("Biro bukan uji coba " + UUID.randomUUID())))
                .path("id")
                .asText();

        assertThat(lines("entityType=unit&entityId=" + id))
                .singleElement()
                .satisfies(line -> assertThat(line.path("outcome").asText()).isEqualTo("DONE"));
    }

    @Test
    void aRefusedYearClosingIsRecordedAsRefusedWithItsReasonInBothLanguages() {
        String unit = created(api.post("/api/v1/units", registrar, unit("Biro ditutup " + UUID.randomUUID())))
                .path("id")
                .asText();
        assertThat(api.post("/api/v1/units/" + unit + "/years/2023/close", auditor, "{\"reason\":\"final\"}")
                        .status())
                .isEqualTo(200);

        api.post("/api/v1/units/" + unit + "/years/2023/close", auditor, "{\"reason\":\"lagi\"}")
                .problem(409, "year.already-closed");
        ApiClient.Answer page = api.send(
                "POST",
                "/tahun",
                null,
                "application/x-www-form-urlencoded",
                "unitId=" + unit + "&year=2023&reason=sekali+lagi&action=close",
                Map.of("Cookie", "JWT=" + auditor, "Accept", "text/html", "Sec-Fetch-Site", "same-origin"));
        assertThat(page.status()).isEqualTo(409);

        List<JsonNode> lines = lines("entityType=unit-year&entityId=" + unit + "/2023");
        assertThat(lines)
                .extracting(line ->
                        line.path("status").asInt() + " " + line.path("outcome").asText())
                .containsExactly("409 REFUSED", "200 DONE");
        JsonNode apiRefusal = lines.get(0);
        // a page's refused form names no thing (the thing is only known once changed): found by its author
        JsonNode pageRefusal =
                lines("entityType=unit-year&actor=" + auditorPerson.username()).get(0);
        assertThat(pageRefusal.path("action").asText()).isEqualTo("POST /tahun");
        assertThat(pageRefusal.path("status").asInt()).isEqualTo(409);
        for (JsonNode refused : List.of(apiRefusal, pageRefusal)) {
            assertThat(refused.path("refused").asBoolean()).isTrue();
            assertThat(refused.path("refusal").asText()).isEqualTo("year.already-closed");
            assertThat(refused.path("refusalMessages").path("id").asText()).contains("2023");
            assertThat(refused.path("refusalMessages").path("en").asText())
                    .contains("2023")
                    .isNotEqualTo(refused.path("refusalMessages").path("id").asText());
            assertThat(refused.path("after").isNull() || refused.path("after").isMissingNode())
                    .isTrue();
        }

        // the page shows the refusal with its reason in the reader's language
        String trailPage = "/jejak-audit?refused=true&entityType=unit-year&entityId=" + unit + "/2023";
        String indonesian = api.send("GET", trailPage, null, null, null, Map.of("Cookie", "JWT=" + auditor))
                .body();
        String english = api.send(
                        "GET", trailPage, null, null, null, Map.of("Cookie", "JWT=" + auditor + "; bahasa=en"))
                .body();
        assertThat(indonesian)
                .contains("Alasan penolakan: "
                        + apiRefusal.path("refusalMessages").path("id").asText())
                .contains("ditolak");
        assertThat(english)
                .contains("Reason refused: "
                        + apiRefusal.path("refusalMessages").path("en").asText())
                .contains("refused");
    }

    @Test
    void aRefusalWhoseReasonCarriesANulIsRecordedWithTheNulReplacedAndTheChainIntact() {
        String realization = UUID.randomUUID().toString();

        // PostgreSQL stores no NUL in text: the line used to fail there and the refusal was missing from the trail
        ApiClient.Answer refused = api.post(
                "/api/v1/realizations/" + realization + "/return",
                auditor,
                "{\"version\":1,\"reason\":\"tidak\\u0000lengkap\"}");
        assertThat(refused.status()).isBetween(400, 499);

        assertThat(lines("entityType=realization&entityId=" + realization))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.path("outcome").asText()).isEqualTo("REFUSED");
                    assertThat(line.path("status").asInt()).isEqualTo(refused.status());
                    assertThat(line.path("reason").asText()).isEqualTo("tidak\uFFFDlengkap");
                });
        JsonNode intact = integrity();
        assertThat(intact.path("intact").asBoolean()).as(intact.toString()).isTrue();
    }

    @Test
    void failedSignInsAreCountedWithTheNameTriedAndNeverThePassword() {
        String name = "tamu-" + UUID.randomUUID();
        String password = "rahasia-" + UUID.randomUUID();
        counted.writeAll();

        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/auth/token", null, "{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}")
                    .problem(401, "auth.bad-credentials");
        }
        for (int i = 0; i < 2; i++) {
            ApiClient.Answer page = api.send(
                    "POST",
                    "/login",
                    null,
                    "application/x-www-form-urlencoded",
                    "username=" + name + "&password=" + password,
                    Map.of("Accept", "text/html,*/*;q=0.8"));
            assertThat(page.status()).isIn(302, 303);
        }
        for (int i = 0; i < 4; i++) {
            signInFailures.publishEvent(new LoginFailedEvent(
                    AuthenticationResponse.failure("signin.throttled"),
                    new UsernamePasswordCredentials(name, password),
                    null,
                    Locale.ROOT));
        }
        counted.writeAll();

        String body = api.get("/api/v1/audit?size=50&actor=" + name, auditor).body();
        assertThat(body).doesNotContain(password);
        List<JsonNode> lines = lines("actor=" + name);
        assertThat(total(lines, "REFUSED", "POST /api/v1/auth/token")).isEqualTo(3);
        assertThat(total(lines, "REFUSED", "POST /login")).isEqualTo(2);
        assertThat(lines.stream()
                        .filter(line -> line.path("outcome").asText().equals("THROTTLED"))
                        .mapToInt(line -> line.path("occurrences").asInt())
                        .sum())
                .isEqualTo(4);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.path("refused").asBoolean()).isTrue();
            assertThat(line.path("refusal").asText()).isIn("signin.failed", "signin.throttled");
            assertThat(line.path("refusalMessages").path("en").asText()).isNotBlank();
        });
    }

    @Test
    void anonymousRefusalsAreCountedNotWrittenOneByOne() {
        counted.writeAll();
        long before = count("SELECT COUNT(*) FROM audit_entry WHERE actor = ?", "anonymous");
        long lastBefore = count("SELECT COALESCE(MAX(chain_position), 0) FROM audit_entry");

        for (int i = 0; i < 30; i++) {
            assertThat(api.get("/api/v1/units/" + UUID.randomUUID(), null).status())
                    .isEqualTo(401);
        }
        long whileCounting = count("SELECT COUNT(*) FROM audit_entry WHERE actor = ?", "anonymous");
        counted.writeAll();

        // a minute may end while they are counted (the scheduler then writes it): two lines, never thirty
        assertThat(whileCounting - before).isLessThanOrEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE actor = ?", "anonymous") - before)
                .isBetween(1L, 2L);
        assertThat(count(
                        "SELECT COALESCE(SUM(occurrences), 0) FROM audit_entry WHERE actor = ? AND action = ?"
                                + " AND chain_position > ?",
                        "anonymous",
                        "GET /api/v1/units/{id}",
                        lastBefore))
                .isEqualTo(30);
        JsonNode line = lines("actor=anonymous").get(0);
        assertThat(line.path("action").asText()).isEqualTo("GET /api/v1/units/{id}");
        assertThat(line.path("status").asInt()).isEqualTo(401);
        assertThat(line.path("address").asText()).isNotBlank();
        assertThat(line.path("refusalMessages").path("id").asText()).isNotBlank();
    }

    @Test
    void theApplicationsOwnAccountCannotChangeOrDeleteALine() throws SQLException {
        String id = created(api.post("/api/v1/units", registrar, unit("Biro tetap " + UUID.randomUUID())))
                .path("id")
                .asText();
        String line = lines("entityType=unit&entityId=" + id).get(0).path("id").asText();

        try (Connection connection = connect()) {
            connection.setAutoCommit(true);
            assertThatThrownBy(() -> execute(
                            connection, "UPDATE audit_entry SET actor = 'orang lain' WHERE id = '" + line + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute(connection, "DELETE FROM audit_entry WHERE id = '" + line + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE id = CAST(? AS UUID) AND actor <> 'orang lain'", line))
                .isEqualTo(1);
    }

    /** The role ADR 0016 tells operators to run the application as: it may read and append, nothing more. */
    @Test
    void onPostgresqlARoleGrantedSelectAndInsertCanAppendButNeitherChangeNorDelete() throws SQLException {
        String role = "kinerja_app_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection owner = connect()) {
            Assumptions.assumeTrue(
                    owner.getMetaData().getDatabaseProductName().contains("PostgreSQL"), "grants are PostgreSQL's");
            execute(owner, "CREATE ROLE " + role + " LOGIN PASSWORD 'kinerja-app-test'");
            execute(owner, "GRANT SELECT, INSERT ON audit_entry TO " + role);
            execute(owner, "GRANT SELECT, INSERT, UPDATE ON audit_chain_head TO " + role);
        }
        // the embedded server's address names its superuser in the query string, which would win over the role
        String address = databaseUrl.replaceAll("\\?.*$", "");
        try (Connection app = DriverManager.getConnection(address, role, "kinerja-app-test")) {
            assertThat(count(app, "SELECT COUNT(*) FROM audit_entry WHERE current_user = '" + role + "'"))
                    .isPositive();
            app.setAutoCommit(false);
            execute(
                    app,
                    "INSERT INTO audit_entry (id, occurred_at, actor, action, status, outcome, occurrences,"
                            + " chain_position, previous_hash, entry_hash) VALUES ('" + UUID.randomUUID()
                            + "', CURRENT_TIMESTAMP, 'app', 'POST /coba', 200, 'DONE', 1, -1, '"
                            + "0".repeat(64) + "', '" + "0".repeat(64) + "')");
            app.rollback();
            assertThatThrownBy(() -> execute(app, "UPDATE audit_entry SET actor = 'orang lain'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            app.rollback();
            assertThatThrownBy(() -> execute(app, "DELETE FROM audit_entry"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            app.rollback();
            assertThatThrownBy(() -> execute(app, "DROP TRIGGER audit_entry_append_only ON audit_entry"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("must be owner");
            app.rollback();
        } finally {
            try (Connection owner = connect()) {
                execute(owner, "REVOKE ALL ON audit_entry, audit_chain_head FROM " + role);
                execute(owner, "DROP ROLE " + role);
            }
        }
    }

    @Test
    void anUntouchedTrailIsIntactAndAnEditOrARemovalBehindTheApplicationsBackIsNamed() throws SQLException {
        String first = created(api.post("/api/v1/units", registrar, unit("Biro satu " + UUID.randomUUID())))
                .path("id")
                .asText();
        String second = created(api.post("/api/v1/units", registrar, unit("Biro dua " + UUID.randomUUID())))
                .path("id")
                .asText();
        JsonNode firstLine = lines("entityType=unit&entityId=" + first).get(0);
        JsonNode secondLine = lines("entityType=unit&entityId=" + second).get(0);
        assertThat(secondLine.path("position").asLong())
                .isGreaterThan(firstLine.path("position").asLong());
        String edited = firstLine.path("id").asText();

        JsonNode intact = integrity();
        assertThat(intact.path("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.path("checked").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(intact.path("firstBroken").isNull()
                        || intact.path("firstBroken").isMissingNode())
                .isTrue();

        // an edit: the line itself is named
        behindTheApplicationsBack("UPDATE audit_entry SET after_state = REPLACE(after_state, 'Biro satu', 'Biro tiga')"
                + " WHERE id = '" + edited + "'");
        JsonNode afterEdit = integrity();
        assertThat(afterEdit.path("intact").asBoolean()).isFalse();
        assertThat(afterEdit.path("firstBroken").path("id").asText()).isEqualTo(edited);
        assertThat(afterEdit.path("firstBroken").path("reason").asText()).isEqualTo("CHANGED");
        assertThat(afterEdit.path("firstBroken").path("at").asText()).isNotBlank();
        behindTheApplicationsBack("UPDATE audit_entry SET after_state = REPLACE(after_state, 'Biro tiga', 'Biro satu')"
                + " WHERE id = '" + edited + "'");
        assertThat(integrity().path("intact").asBoolean()).isTrue();

        // a removal: the line after the gap is named
        Map<String, Object> removed = row(edited);
        behindTheApplicationsBack("DELETE FROM audit_entry WHERE id = '" + edited + "'");
        JsonNode afterRemoval = integrity();
        assertThat(afterRemoval.path("intact").asBoolean()).isFalse();
        assertThat(afterRemoval.path("firstBroken").path("reason").asText()).isEqualTo("PREVIOUS_MISSING");
        assertThat(afterRemoval.path("firstBroken").path("position").asLong())
                .isEqualTo(firstLine.path("position").asLong() + 1);
        insert(removed);
        assertThat(integrity().path("intact").asBoolean()).isTrue();
    }

    @Test
    void linesWrittenAtOnceFromManyThreadsFormOneUnbrokenChain() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<AuditEntry>> appended = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                appended.add(writers.submit(() -> trail.append(AuditEntry.done(
                        UUID.randomUUID(),
                        Instant.now(),
                        "serentak",
                        "POST /serentak/" + n,
                        null,
                        null,
                        null,
                        null,
                        null,
                        200))));
            }
            List<Long> positions = new ArrayList<>();
            for (Future<AuditEntry> line : appended) {
                positions.add(line.get().link().position());
            }
            assertThat(positions).doesNotHaveDuplicates().hasSize(40);
        } finally {
            writers.shutdown();
        }
        assertThat(integrity().path("intact").asBoolean()).isTrue();
    }

    /** A connection of its own, outside the application's pool and transactions, as the database's owner. */
    private Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
    }

    private JsonNode integrity() {
        return api.get("/api/v1/audit/integrity", auditor).json();
    }

    /** As the database's owner: PostgreSQL's replica role skips triggers; H2's trigger is dropped and restored. */
    private void behindTheApplicationsBack(String sql) throws SQLException {
        try (Connection connection = connect()) {
            if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                connection.setAutoCommit(false);
                execute(connection, "SET LOCAL session_replication_role = replica");
                execute(connection, sql);
                connection.commit();
                connection.setAutoCommit(true);
            } else {
                execute(connection, "DROP TRIGGER audit_entry_append_only");
                try {
                    execute(connection, sql);
                } finally {
                    execute(
                            connection,
                            "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry FOR EACH ROW"
                                    + " CALL 'id.kinerja.persistence.audit.AuditEntryAppendOnly'");
                }
            }
        }
    }

    private Map<String, Object> row(String id) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement select =
                        connection.prepareStatement("SELECT * FROM audit_entry WHERE id = CAST(? AS UUID)")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                ResultSetMetaData columns = row.getMetaData();
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    values.put(columns.getColumnName(i), row.getObject(i));
                }
                return values;
            }
        }
    }

    /** Putting a removed line back needs no bypass: the trail only refuses changes and deletions. */
    private void insert(Map<String, Object> row) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry ("
                        + String.join(", ", row.keySet()) + ") VALUES ("
                        + String.join(
                                ", ", row.keySet().stream().map(column -> "?").toList()) + ")")) {
            int i = 1;
            for (Object value : row.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private long count(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> lines(String query) {
        JsonNode items =
                api.get("/api/v1/audit?size=100&" + query, auditor).json().path("items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    private static int total(List<JsonNode> lines, String outcome, String action) {
        return lines.stream()
                .filter(line -> line.path("outcome").asText().equals(outcome)
                        && line.path("action").asText().equals(action))
                .mapToInt(line -> line.path("occurrences").asInt())
                .sum();
    }

    private static JsonNode created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer.json();
    }

    private static String unit(String name) {
        return "{\"parentId\":null,\"name\":\"" + name + "\",\"type\":\"BIRO\",\"tasks\":[],\"functions\":[]}";
    }
}
