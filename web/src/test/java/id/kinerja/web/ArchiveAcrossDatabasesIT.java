package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An archive is portable: written on H2 it is read by this run's database, and written there it is read by H2
 * again (on the PostgreSQL run: H2 → PostgreSQL → H2), with decimals, instants and identifiers unchanged.
 */
class ArchiveAcrossDatabasesIT {
    @Test
    void anArchiveMovesFromH2ToThisRunsDatabaseAndBackReadingTheSame() {
        Map<String, Object> h2 = FreshDatabase.h2("across_h2_" + UUID.randomUUID());
        EmbeddedServer origin = ApplicationContext.run(EmbeddedServer.class, h2, "test");
        try (ApplicationContext context = origin.getApplicationContext()) {
            ApiClient api = new ApiClient(origin.getURI());
            String admin = api.adminToken();
            JsonNode decree = api.seedDecree(admin);
            String evaluator = api.tokenForNewUser(
                    "EVALUATOR", decree.path("issuingUnitId").asText());
            String indicator = api.firstIndicatorOf(decree, evaluator);
            ApiClient.Answer recorded = api.post(
                    "/api/v1/indicators/" + indicator + "/realizations",
                    evaluator,
                    "{\"year\":2024,\"period\":\"ANNUAL\",\"value\":87.50,\"supportingFactors\":\"Antrean dipangkas\"}");
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            List<JsonNode> expected = readings(api, admin, decree.path("id").asText());
            byte[] archive = api.download("/api/v1/archive", admin).body();

            byte[] again = moveInto(
                    FreshDatabase.create("across_run"),
                    archive,
                    decree.path("id").asText(),
                    expected);
            moveInto(
                    FreshDatabase.h2("across_back_" + UUID.randomUUID()),
                    again,
                    decree.path("id").asText(),
                    expected);
        }
    }

    /** Imports into a fresh instance on this database, checks it reads the same, and exports it again. */
    private static byte[] moveInto(
            Map<String, Object> database, byte[] archive, String decree, List<JsonNode> expected) {
        database.put("kinerja.demo-data.enabled", "false");
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, database, "test");
        try (ApplicationContext context = server.getApplicationContext()) {
            ApiClient api = new ApiClient(server.getURI());
            ApiClient.Answer imported =
                    api.upload("/api/v1/archive", api.adminToken(), "k.zip", "application/zip", archive);
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            String admin = api.adminToken();
            assertThat(readings(api, admin, decree)).isEqualTo(expected);
            return api.download("/api/v1/archive", admin).body();
        }
    }

    private static List<JsonNode> readings(ApiClient api, String token, String decree) {
        List<JsonNode> readings = new ArrayList<>();
        readings.add(api.get("/api/v1/decrees/" + decree, token).json());
        JsonNode annex = api.get("/api/v1/decrees/" + decree + "/annex", token).json();
        readings.add(annex);
        for (JsonNode row : annex.path("rows")) {
            String indicator = row.path("indicatorId").asText();
            readings.add(api.get("/api/v1/indicators/" + indicator, token).json());
            readings.add(api.get("/api/v1/indicators/" + indicator + "/attainment", token)
                    .json());
            readings.add(api.get("/api/v1/indicators/" + indicator + "/realizations", token)
                    .json());
        }
        readings.add(api.get("/api/v1/users?size=200", token).json());
        readings.add(api.get("/api/v1/rating-scales", token).json());
        return readings;
    }
}
