package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Long survey imports, followed and stopped (issue 15, item 2): while a file streams in, its run shows the
 * rows read and refused; a cancellation asked through the progress resource stops it between batches with
 * nothing stored; a refused row in the middle of a long file leaves nothing, whether the client waits for the
 * answer or polls a background import. Runs on H2 and on PostgreSQL (the binary COPY path).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyImportProgressIT {
    private static final String HEADER = "layanan;responden;U1;U2;U3;U4;U5;U6;U7;U8;U9\n";

    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private ApiClient.Person evaluator;
    private String bureau;

    @BeforeAll
    void prepare() {
        api = new ApiClient(server.getURI());
        bureau = api.seedDecree(api.adminToken()).path("issuingUnitId").asText();
        evaluator = api.newUser("EVALUATOR", bureau);
    }

    private String survey() {
        ApiClient.Answer created = api.post(
                "/api/v1/surveys",
                evaluator.token(),
                "{\"unitId\":\"" + bureau + "\",\"year\":2024,\"methodology\":\"PERMENPANRB_14_2017\","
                        + "\"services\":[\"Layanan A\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    /** Rows {@code from}…{@code to} (1-based), respondent ids unique per file, answers varying. */
    private static String rows(int from, int to) {
        StringBuilder rows = new StringBuilder();
        for (int i = from; i <= to; i++) {
            rows.append("Layanan A;R").append(i);
            for (int element = 0; element < 9; element++) {
                rows.append(';').append(1 + (i + element) % 4);
            }
            rows.append('\n');
        }
        return rows.toString();
    }

    private JsonNode poll(String survey, String run, Predicate<JsonNode> until) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            ApiClient.Answer answer = api.get("/api/v1/surveys/" + survey + "/import-runs/" + run, evaluator.token());
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            last = answer.json();
            if (until.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run never reached the expected state; last seen: " + last);
    }

    /** Nothing of the survey is stored: no result version, and a recount of its stored answers finds none. */
    private void assertNothingStored(String survey) {
        ApiClient.Answer history = api.get("/api/v1/surveys/" + survey + "/results", evaluator.token());
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.json()).as("no result version was made").isEmpty();
        // a small file imported now is all the survey holds, recounted from every stored answer
        ApiClient.Answer small = api.send(
                "POST", "/api/v1/surveys/" + survey + "/responses", evaluator.token(), "text/csv", HEADER + rows(1, 3));
        assertThat(small.status()).as(small.body()).isEqualTo(200);
        ApiClient.Answer recount = api.get("/api/v1/surveys/" + survey + "/result?recount=true", evaluator.token());
        assertThat(recount.json().path("combined").path("respondents").asLong())
                .as("no row of the refused or cancelled file was left behind")
                .isEqualTo(3);
    }

    @Test
    void progressIsVisibleWhileTheFileStreamsInAndACancellationLeavesNoRow() throws Exception {
        String survey = survey();
        HttpURLConnection upload = (HttpURLConnection) server.getURI()
                .resolve("/api/v1/surveys/" + survey + "/responses")
                .toURL()
                .openConnection();
        upload.setRequestMethod("POST");
        upload.setDoOutput(true);
        upload.setChunkedStreamingMode(64 * 1024);
        upload.setRequestProperty("Authorization", "Bearer " + evaluator.token());
        upload.setRequestProperty("Content-Type", "text/csv");
        upload.setReadTimeout(120_000);
        OutputStream body = upload.getOutputStream();
        body.write((HEADER + rows(1, 30_000)).getBytes(StandardCharsets.UTF_8));
        body.flush();

        // the client still sends; the run is listed, running, with the rows read so far
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode running = null;
        while (running == null && Instant.now().isBefore(deadline)) {
            JsonNode runs = api.get("/api/v1/surveys/" + survey + "/import-runs", evaluator.token())
                    .json();
            if (runs.size() == 1 && runs.path(0).path("rowsRead").asLong() > 0) {
                running = runs.path(0);
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(running).as("progress became visible while the import ran").isNotNull();
        assertThat(running.path("state").asText()).isEqualTo("RUNNING");
        assertThat(running.path("rowsRead").asLong()).isBetween(1L, 30_000L);
        assertThat(running.path("rowsRefused").asLong()).isZero();
        String run = running.path("id").asText();

        ApiClient.Answer cancel =
                api.post("/api/v1/surveys/" + survey + "/import-runs/" + run + "/cancel", evaluator.token(), "{}");
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
        assertThat(cancel.json().path("cancelRequested").asBoolean()).isTrue();

        // more rows reach the importer: it sees the request between two batches and stops
        try {
            for (int block = 0; block < 10; block++) {
                body.write(
                        rows(30_001 + block * 10_000, 40_000 + block * 10_000).getBytes(StandardCharsets.UTF_8));
                body.flush();
                Thread.sleep(300);
            }
            body.close();
        } catch (IOException answeredEarly) {
            // the server answered (refused) before the whole body was sent, as it may
        }
        int status = upload.getResponseCode();
        String answer;
        try (InputStream in = status >= 400 ? upload.getErrorStream() : upload.getInputStream()) {
            answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(status).as(answer).isEqualTo(409);
        assertThat(answer).contains("survey.import-cancelled");

        JsonNode cancelled = poll(survey, run, r -> !r.path("state").asText().equals("RUNNING"));
        assertThat(cancelled.path("state").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("problem").path("en").asText()).contains("cancelled");
        assertNothingStored(survey);
    }

    @Test
    void aRefusedRowInTheMiddleOfALongFileLeavesNothingAndItsRunSaysWhy() {
        String survey = survey();
        String file = HEADER + rows(1, 12_000)
                + "Layanan A;X1;4;4;7;4;4;4;4;4;4\n" // line 12,002: an answer out of range
                + rows(12_001, 20_000);

        ApiClient.Answer refused =
                api.send("POST", "/api/v1/surveys/" + survey + "/responses", evaluator.token(), "text/csv", file);
        JsonNode problem = refused.problem(422, "file.refused");
        assertThat(problem.path("errors").path(0).path("row").asLong()).isEqualTo(12_002);
        assertThat(problem.path("errors").path(0).path("code").asText()).isEqualTo("survey.answer-out-of-range");

        JsonNode run = api.get("/api/v1/surveys/" + survey + "/import-runs", evaluator.token())
                .json()
                .path(0);
        assertThat(run.path("state").asText()).isEqualTo("REFUSED");
        assertThat(run.path("rowsRead").asLong()).isEqualTo(20_001);
        assertThat(run.path("rowsRefused").asLong()).isEqualTo(1);
        assertThat(run.path("errors").path(0).path("row").asLong()).isEqualTo(12_002);
        assertThat(run.path("errors").path(0).path("message").path("en").asText())
                .contains("7")
                .contains("1 to 4");
        assertNothingStored(survey);
    }

    @Test
    void aBackgroundImportAnswersAtOnceAndIsPolledToItsEndRefusedOrDone() throws Exception {
        String survey = survey();
        String bad = HEADER + rows(1, 8_000) + "Layanan A;X1;4;4;4;4;4;4;4;4;9\n" + rows(8_001, 9_000);
        ApiClient.Answer accepted = api.send(
                "POST",
                "/api/v1/surveys/" + survey + "/responses",
                evaluator.token(),
                "text/csv",
                bad,
                Map.of("Prefer", "respond-async"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String run = accepted.json().path("id").asText();
        assertThat(accepted.headers().get("Location")).endsWith("/import-runs/" + run);

        JsonNode refused = poll(survey, run, r -> !r.path("state").asText().equals("RUNNING"));
        assertThat(refused.path("state").asText()).as(refused.toString()).isEqualTo("REFUSED");
        assertThat(refused.path("errors").path(0).path("row").asLong()).isEqualTo(8_002);
        assertThat(refused.path("bytesTotal").asLong()).isEqualTo(bad.getBytes(StandardCharsets.UTF_8).length);

        // the page of the run, from the database: the refused row by row and column, no refresh any more
        ApiClient.Answer page = api.send(
                "GET",
                "/survei/" + survey + "/impor/" + run,
                evaluator.token(),
                null,
                null,
                Map.of("Accept", "text/html", "Accept-Language", "en"));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("8002").contains("U9").doesNotContain("batalkan-impor");
        assertThat(page.headers()).doesNotContainKey("Refresh");

        String good = HEADER + rows(1, 9_000);
        ApiClient.Answer second = api.send(
                "POST",
                "/api/v1/surveys/" + survey + "/responses",
                evaluator.token(),
                "text/csv",
                good,
                Map.of("Prefer", "respond-async"));
        assertThat(second.status()).as(second.body()).isEqualTo(202);
        JsonNode done = poll(
                survey,
                second.json().path("id").asText(),
                r -> !r.path("state").asText().equals("RUNNING"));
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("rowsRead").asLong()).isEqualTo(9_000);
        assertThat(done.path("resultVersion").asInt()).isEqualTo(1);
        ApiClient.Answer recount = api.get("/api/v1/surveys/" + survey + "/result?recount=true", evaluator.token());
        assertThat(recount.json().path("combined").path("respondents").asLong()).isEqualTo(9_000);
    }
}
