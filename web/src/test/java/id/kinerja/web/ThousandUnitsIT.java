package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.persistence.testing.StatementCounter;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A thousand units registered through the API over real HTTP: page index 4 of size 20 answers the twenty units
 * 80..99 by name and the total, in the API and on the organization page; and every page reads the same number
 * of statements before and after, so no page reads row by row or stops at a page size. Other tests share the
 * database, so this test's units are named to sort first ("0 …") and the total is counted on top of what was
 * there.
 */
@MicronautTest
// Each token's session number is read once and then remembered, so that the read (ADR 0014) does not land in
// a different page's statement count before and after.
@io.micronaut.context.annotation.Property(name = "kinerja.security.session-recheck", value = "1h")
class ThousandUnitsIT {
    private static final int UNITS = 1000;

    @Inject
    EmbeddedServer server;

    @Inject
    StatementCounter statements;

    /** Each page as the role that sees all of it, with the statements it costs. */
    private Map<String, Long> statementsOfEveryPage(ApiClient api, Map<String, String> tokenOf) {
        Map<String, Long> costs = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : Map.of(
                        "/unit", "PLANNER",
                        "/keputusan", "PLANNER",
                        "/keputusan/baru", "PLANNER",
                        "/beranda", "AUDITOR",
                        "/jejak-audit", "AUDITOR")
                .entrySet()) {
            long before = statements.executed();
            ApiClient.Answer answer = page(api, page.getKey(), tokenOf.get(page.getValue()));
            assertThat(answer.status()).as(page.getKey()).isEqualTo(200);
            costs.put(page.getKey(), statements.executed() - before);
        }
        return costs;
    }

    private static ApiClient.Answer page(ApiClient api, String path, String token) {
        return api.send("GET", path, null, null, null, Map.of("Cookie", "JWT=" + token, "Accept", "text/html"));
    }

    @Test
    void pageFiveOfFiftyAnswersTheRightTwentyUnitsAndTheTotal() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        String planner = api.tokenForNewUser("PLANNER");
        String reader = api.tokenForNewUser("EVALUATOR");
        Map<String, String> tokenOf = Map.of("PLANNER", planner, "AUDITOR", api.tokenForNewUser("AUDITOR"));
        tokenOf.values().forEach(token -> api.get("/api/v1/units?page=0&size=1", token));
        Map<String, Long> costsBefore = statementsOfEveryPage(api, tokenOf);
        long before = api.get("/api/v1/units?page=0&size=1", reader)
                .json()
                .path("totalItems")
                .asLong();
        String run = UUID.randomUUID().toString().substring(0, 8);
        // units at the top of the tree are the administrator's to register (ADR 0020)
        String registrar = api.adminToken();

        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<ApiClient.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < UNITS; i++) {
                String name = String.format("0 %s %04d", run, i);
                answers.add(clients.submit(() -> api.post(
                        "/api/v1/units",
                        registrar,
                        "{\"parentId\":null,\"name\":\"" + name + "\",\"type\":\"BIRO\",\"tasks\":[],"
                                + "\"functions\":[]}")));
            }
            for (Future<ApiClient.Answer> answer : answers) {
                assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(201);
            }
        } finally {
            clients.shutdown();
        }
        System.out.printf(
                "registered %d units through the API in %d ms%n", UNITS, (System.nanoTime() - started) / 1_000_000);

        ApiClient.Answer answer = api.get("/api/v1/units?page=4&size=20", reader);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode page = answer.json();
        assertThat(page.path("page").asInt()).isEqualTo(4);
        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(page.path("totalItems").asLong()).isEqualTo(before + UNITS);
        assertThat(page.path("totalPages").asLong()).isEqualTo((before + UNITS + 19) / 20);
        assertThat(StreamSupport.stream(page.path("items").spliterator(), false)
                        .map(item -> item.path("name").asText())
                        .toList())
                .containsExactlyElementsOf(IntStream.range(80, 100)
                        .mapToObj(i -> String.format("0 %s %04d", run, i))
                        .toList());

        String organization = page(api, "/unit?page=4", planner).body();
        long total = before + UNITS;
        assertThat(organization)
                .contains("halaman 5 dari " + (total + 19) / 20 + " (" + total + " baris)")
                .contains(String.format("0 %s %04d", run, 80))
                .contains(String.format("0 %s %04d", run, 99))
                .doesNotContain(String.format("0 %s %04d", run, 100));
        assertThat(page(api, "/keputusan/baru", planner).body())
                .as("the picker lists every unit")
                .contains(String.format("0 %s %04d", run, UNITS - 1));
        Map<String, Long> costsAfter = statementsOfEveryPage(api, tokenOf);
        System.out.println(
                "statements per page, before -> after a thousand units: " + costsBefore + " -> " + costsAfter);
        assertThat(costsAfter).isEqualTo(costsBefore);
        long before4 = statements.executed();
        page(api, "/unit?page=4", planner);
        assertThat(statements.executed() - before4)
                .as("page five costs what page one does")
                .isEqualTo(costsAfter.get("/unit"));
        assertThat(costsAfter.values()).allSatisfy(cost -> assertThat(cost).isPositive());
    }
}
