package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.domain.fixtures.Fixtures;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The way out and back: an instance with the demo decree and a verified IKM realization (from the golden
 * survey, with an evidence file) is exported, broken copies of the archive are refused by a fresh second
 * instance without leaving a row, and the archive itself, imported there, reads the same through the API —
 * every indicator's attainment, every IKM result, the audit trail, the evidence and the accounts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveIT {
    private EmbeddedServer source;
    private EmbeddedServer target;
    private ApiClient from;
    private ApiClient to;
    private ApiClient.Person auditor;
    private String survey;
    private String evidenceDownload;
    private byte[] evidence;
    private byte[] archive;

    @BeforeAll
    void startAnInstanceWithAVerifiedIkmAndAFreshOne() throws Exception {
        Map<String, Object> withDemo = FreshDatabase.create("archive_source");
        source = ApplicationContext.run(EmbeddedServer.class, withDemo, "test");
        from = new ApiClient(source.getURI());
        auditor = from.newUser("AUDITOR");
        JsonNode decree = from.seedDecree(auditor.token());
        String bureau = decree.path("issuingUnitId").asText();
        String evaluator = from.tokenForNewUser("EVALUATOR", bureau);
        String indicator = from.firstIndicatorOf(decree, evaluator);
        survey = ok(from.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + bureau + "\",\"indicatorId\":\"" + indicator
                                + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\"}"))
                .json()
                .path("id")
                .asText();
        ok(from.send(
                "POST",
                "/api/v1/surveys/" + survey + "/responses",
                evaluator,
                "text/csv",
                Files.readString(Fixtures.golden("skm-seed-services-2024.csv"), StandardCharsets.UTF_8)));
        String realization = ok(from.post(
                        "/api/v1/indicators/" + indicator + "/realizations",
                        evaluator,
                        "{\"year\":2024,\"fromSurvey\":\"" + survey + "\"}"))
                .json()
                .path("id")
                .asText();
        evidence = new byte[] {0, 1, 2, (byte) 0xFF, 'S', 'K', 'M', '\n'};
        evidenceDownload = ok(from.upload(
                        "/api/v1/realizations/" + realization + "/evidence",
                        evaluator,
                        "laporan-skm.pdf",
                        "application/pdf",
                        evidence))
                .json()
                .path("download")
                .asText();
        ok(from.post("/api/v1/realizations/" + realization + "/submit", evaluator, "{\"version\":0}"));
        JsonNode verified = ok(from.post(
                        "/api/v1/realizations/" + realization + "/verify", auditor.token(), "{\"version\":1}"))
                .json();
        assertThat(verified.path("status").asText()).isEqualTo("VERIFIED");

        Map<String, Object> empty = FreshDatabase.create("archive_target");
        empty.put("kinerja.demo-data.enabled", "false");
        target = ApplicationContext.run(EmbeddedServer.class, empty, "test");
        to = new ApiClient(target.getURI());
    }

    @AfterAll
    void stop() {
        for (EmbeddedServer server : new EmbeddedServer[] {source, target}) {
            if (server != null) {
                server.getApplicationContext().close();
            }
        }
    }

    @Test
    @Order(1)
    void theArchiveIsAZipWithAManifestThatCountsAndChecksEveryTable() throws Exception {
        HttpResponse<byte[]> download = from.download("/api/v1/archive", from.adminToken());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(disposition ->
                        assertThat(disposition).contains("attachment").contains(".zip"));
        archive = download.body();
        Map<String, byte[]> entries = unzip(archive);
        JsonNode manifest = ApiClient.JSON.readTree(entries.get("manifest.json"));
        assertThat(manifest.path("format").asText()).isEqualTo("kinerja-archive");
        assertThat(manifest.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(manifest.path("schemaVersion").asText()).isNotBlank();
        assertThat(manifest.path("kinerjaVersion").asText()).isNotBlank().doesNotContain("${");
        assertThat(manifest.path("createdAt").asText()).isNotBlank();
        Map<String, Long> rows = new LinkedHashMap<>();
        for (JsonNode table : manifest.path("tables")) {
            byte[] content = entries.get(table.path("file").asText());
            assertThat(content).as(table.path("file").asText()).isNotNull();
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
                    .isEqualTo(table.path("sha256").asText());
            long lines = new String(content, StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .count();
            assertThat(lines)
                    .as(table.path("name").asText())
                    .isEqualTo(table.path("rows").asLong());
            rows.put(table.path("name").asText(), lines);
        }
        assertThat(rows.keySet())
                .contains(
                        "decree",
                        "organization_unit",
                        "indicator",
                        "indicator_target",
                        "survey_response",
                        "survey_result",
                        "realization",
                        "realization_evidence",
                        "app_user",
                        "audit_entry")
                .doesNotContain("flyway_schema_history");
        assertThat(rows.get("survey_response")).isGreaterThan(0);
        assertThat(rows.get("realization_evidence")).isEqualTo(1);
        List<String> order = new ArrayList<>(rows.keySet());
        assertThat(order.indexOf("organization_unit")).isLessThan(order.indexOf("decree"));
        assertThat(order.indexOf("decree")).isLessThan(order.indexOf("indicator"));
        assertThat(order.indexOf("realization")).isLessThan(order.indexOf("realization_evidence"));
    }

    @Test
    @Order(2)
    void brokenArchivesAreRefusedAndLeaveNothing() throws Exception {
        String admin = to.adminToken();
        byte[] truncated = java.util.Arrays.copyOf(archive, archive.length / 2);
        to.upload("/api/v1/archive", admin, "kinerja.zip", "application/zip", truncated)
                .problem(422, "archive.unreadable");

        byte[] tampered = rewrite(
                archive,
                "tables/organization_unit.jsonl",
                content -> new String(content, StandardCharsets.UTF_8)
                        .replaceFirst("\"name\":\"", "\"name\":\"X")
                        .getBytes(StandardCharsets.UTF_8));
        to.upload("/api/v1/archive", admin, "kinerja.zip", "application/zip", tampered)
                .problem(422, "archive.checksum-mismatch");

        byte[] otherSchema = rewrite(archive, "manifest.json", content -> {
            ObjectNode manifest = (ObjectNode) read(content);
            manifest.put("schemaVersion", "1");
            return write(manifest);
        });
        to.upload("/api/v1/archive", admin, "kinerja.zip", "application/zip", otherSchema)
                .problem(422, "archive.schema-version");

        // An audit line edited in the archive, its checksum in the manifest made to match: the chain shows it.
        byte[] editedTrail = unzip(archive).get("tables/audit_entry.jsonl");
        String firstLine = new String(editedTrail, StandardCharsets.UTF_8).split("\n", 2)[0];
        JsonNode edited = read(firstLine.getBytes(StandardCharsets.UTF_8));
        ((ObjectNode) edited).put("actor", "seseorang-lain");
        String trail = new String(editedTrail, StandardCharsets.UTF_8);
        byte[] forged = (new String(write(edited), StandardCharsets.UTF_8) + trail.substring(firstLine.length()))
                .getBytes(StandardCharsets.UTF_8);
        String forgedSha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(forged));
        byte[] forgedTrail =
                rewrite(rewrite(archive, "tables/audit_entry.jsonl", content -> forged), "manifest.json", content -> {
                    ObjectNode rewritten = (ObjectNode) read(content);
                    for (JsonNode table : rewritten.path("tables")) {
                        if (table.path("file").asText().equals("tables/audit_entry.jsonl")) {
                            ((ObjectNode) table).put("sha256", forgedSha);
                        }
                    }
                    return write(rewritten);
                });
        to.upload("/api/v1/archive", admin, "kinerja.zip", "application/zip", forgedTrail)
                .problem(422, "archive.audit-chain-broken");

        // The last table loses a row and the manifest its checksum: every table before it is copied, then the
        // count fails and the whole import is rolled back.
        JsonNode manifest = read(unzip(archive).get("manifest.json"));
        JsonNode last = null;
        for (JsonNode table : manifest.path("tables")) {
            if (table.path("rows").asLong() > 0) {
                last = table;
            }
        }
        String file = last.path("file").asText();
        byte[] shortened = unzip(archive).get(file);
        String text = new String(shortened, StandardCharsets.UTF_8).strip();
        byte[] oneRowLess =
                text.substring(0, Math.max(0, text.lastIndexOf('\n'))).getBytes(StandardCharsets.UTF_8);
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(oneRowLess));
        byte[] lying = rewrite(rewrite(archive, file, content -> oneRowLess), "manifest.json", content -> {
            ObjectNode rewritten = (ObjectNode) read(content);
            for (JsonNode table : rewritten.path("tables")) {
                if (table.path("file").asText().equals(file)) {
                    ((ObjectNode) table).put("sha256", sha);
                }
            }
            return write(rewritten);
        });
        to.upload("/api/v1/archive", admin, "kinerja.zip", "application/zip", lying)
                .problem(422, "archive.row-count-mismatch");

        assertThat(total(to, "/api/v1/units", admin)).isZero();
        assertThat(total(to, "/api/v1/decrees", admin)).isZero();
        assertThat(total(to, "/api/v1/surveys", admin)).isZero();
        assertThat(total(to, "/api/v1/users", admin)).isEqualTo(1);
    }

    @Test
    @Order(3)
    void theArchiveImportedIntoAFreshInstanceReadsTheSame() throws Exception {
        JsonNode imported = ok(to.upload("/api/v1/archive", to.adminToken(), "kinerja.zip", "application/zip", archive))
                .json();
        JsonNode manifest = read(unzip(archive).get("manifest.json"));
        for (JsonNode table : manifest.path("tables")) {
            assertThat(imported.path("rows").path(table.path("name").asText()).asLong())
                    .as(table.path("name").asText())
                    .isEqualTo(table.path("rows").asLong());
        }

        // The accounts came with their password hashes: the auditor signs in on the new instance as before.
        String reader = to.token(auditor.username(), auditor.password());
        String before = auditor.token();

        for (JsonNode indicator : all(from, "/api/v1/indicators", before)) {
            String path = "/api/v1/indicators/" + indicator.path("id").asText() + "/attainment";
            assertThat(to.get(path, reader).json())
                    .as(path)
                    .isEqualTo(from.get(path, before).json());
        }
        for (JsonNode unit : all(from, "/api/v1/units", before)) {
            for (int year = 2024; year <= 2026; year++) {
                String path = "/api/v1/units/" + unit.path("id").asText() + "/attainment?year=" + year;
                ApiClient.Answer was = from.get(path, before);
                ApiClient.Answer is = to.get(path, reader);
                assertThat(is.status()).as(path).isEqualTo(was.status());
                assertThat(is.json()).as(path).isEqualTo(was.json());
            }
        }
        List<JsonNode> surveys = all(from, "/api/v1/surveys", before);
        assertThat(surveys).isNotEmpty();
        for (JsonNode each : surveys) {
            for (String part : List.of("", "/result", "/results")) {
                String path = "/api/v1/surveys/" + each.path("id").asText() + part;
                assertThat(to.get(path, reader).json())
                        .as(path)
                        .isEqualTo(from.get(path, before).json());
            }
        }
        JsonNode ikm = to.get("/api/v1/surveys/" + survey + "/result", reader).json();
        assertThat(ikm.toString())
                .contains(read(Files.readAllBytes(Fixtures.golden("skm-seed-services-2024.expected.json")))
                        .path("expected")
                        .path("pooled")
                        .path("exact")
                        .asText());
        assertThat(to.download(evidenceDownload, reader).body()).isEqualTo(evidence);

        java.time.Instant exported =
                java.time.Instant.parse(manifest.path("createdAt").asText());
        List<JsonNode> trailBefore = all(from, "/api/v1/audit", before).stream()
                .filter(entry ->
                        !java.time.Instant.parse(entry.path("at").asText()).isAfter(exported))
                .toList();
        List<JsonNode> trailAfter = all(to, "/api/v1/audit", reader);
        assertThat(trailBefore).isNotEmpty();
        // each line keeps every field; its place and seal are the target's, after the target's own lines
        assertThat(trailAfter.stream().map(ArchiveIT::withoutSeal).toList())
                .containsAll(trailBefore.stream().map(ArchiveIT::withoutSeal).toList());
        JsonNode integrity = to.get("/api/v1/audit/integrity", reader).json();
        assertThat(integrity.path("intact").asBoolean())
                .as(integrity.toString())
                .isTrue();
        assertThat(integrity.path("checked").asLong()).isGreaterThanOrEqualTo(trailBefore.size());

        // The identity of survey responses goes on after the imported ones: new responses can be stored.
        String evaluator =
                to.tokenForNewUser("EVALUATOR", surveys.get(0).path("unitId").asText());
        String second = ok(to.post(
                        "/api/v1/surveys",
                        evaluator,
                        "{\"unitId\":\"" + surveys.get(0).path("unitId").asText()
                                + "\",\"year\":2025,\"methodology\":\"PERMENPANRB_14_2017\"}"))
                .json()
                .path("id")
                .asText();
        ok(to.send(
                "POST",
                "/api/v1/surveys/" + second + "/responses",
                evaluator,
                "text/csv",
                Files.readString(Fixtures.golden("skm-seed-services-2024.csv"), StandardCharsets.UTF_8)));
    }

    @Test
    @Order(4)
    void anInstanceThatHoldsDataIsRefused() {
        to.upload("/api/v1/archive", to.adminToken(), "kinerja.zip", "application/zip", archive)
                .problem(409, "archive.target-not-empty");
        from.upload("/api/v1/archive", from.adminToken(), "kinerja.zip", "application/zip", archive)
                .problem(409, "archive.target-not-empty");
    }

    @Test
    @Order(5)
    void administratorsHaveAPageThatLinksTheDownloadAndShowsARefusedImportBesideItsForm() {
        ApiClient.Answer page = from.get("/arsip", from.adminToken());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/api/v1/archive\"").contains("id=\"form-arsip\"");
        assertThat(from.get("/arsip", auditor.token()).status()).isEqualTo(403);
        ApiClient.Answer byCookie =
                from.send("GET", "/api/v1/archive", null, null, null, Map.of("Cookie", "JWT=" + from.adminToken()));
        assertThat(byCookie.status())
                .as("the page's link, followed by a signed-in browser")
                .isEqualTo(200);
        assertThat(byCookie.contentType()).startsWith("application/zip");

        ApiClient.Answer refused = from.upload("/arsip", from.adminToken(), "kinerja.zip", "application/zip", archive);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"galat-arsip\"").contains("KINERJA_DEMO_DATA=false");
    }

    private static ApiClient.Answer ok(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        return answer;
    }

    private static long total(ApiClient api, String path, String token) {
        JsonNode page = api.get(path, token).json();
        assertThat(page.has("totalItems")).as(page.toString()).isTrue();
        return page.path("totalItems").asLong();
    }

    private static List<JsonNode> all(ApiClient api, String path, String token) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = api.get(path + "?size=200&page=" + page, token).json();
            answer.path("items").forEach(items::add);
            if (answer.path("items").size() < 200) {
                return items;
            }
        }
    }

    private static JsonNode read(byte[] json) {
        try {
            return ApiClient.JSON.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] write(JsonNode json) {
        try {
            return ApiClient.JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] rewrite(byte[] zip, String name, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : unzip(zip).entrySet()) {
                rewritten.putNextEntry(new ZipEntry(entry.getKey()));
                rewritten.write(entry.getKey().equals(name) ? change.apply(entry.getValue()) : entry.getValue());
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** An audit line without its place in the chain and its seal, which an import gives anew. */
    private static JsonNode withoutSeal(JsonNode entry) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = entry.deepCopy();
        copy.remove(List.of("position", "hash"));
        return copy;
    }
}
