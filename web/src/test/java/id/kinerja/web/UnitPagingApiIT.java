package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A thousand units registered through the API page by page over real HTTP: page index 4 of size 20 answers
 * the twenty units 80..99 by name and the total. Other tests share the database, so this test's units are
 * named to sort first ("0 …") and the total is counted on top of what was there.
 */
@MicronautTest
class UnitPagingApiIT {
    private static final int UNITS = 1000;

    @Inject
    EmbeddedServer server;

    @Test
    void pageFiveOfFiftyAnswersTheRightTwentyUnitsAndTheTotal() throws Exception {
        ApiClient api = new ApiClient(server.getURI());
        String planner = api.tokenForNewUser("PLANNER");
        String reader = api.tokenForNewUser("EVALUATOR");
        long before = api.get("/api/v1/units?page=0&size=1", reader)
                .json()
                .path("totalItems")
                .asLong();
        String run = UUID.randomUUID().toString().substring(0, 8);

        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<ApiClient.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < UNITS; i++) {
                String name = String.format("0 %s %04d", run, i);
                answers.add(clients.submit(() -> api.post(
                        "/api/v1/units",
                        planner,
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
    }
}
