package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MediaType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every write route the router holds (API and pages), sent by each role, on a unit the person is assigned to
 * and on one they are not, against real data made fresh for each case: the answer is a success (2xx or a
 * redirect) exactly where {@link WriteRouteMatrix} allows it, else 403. A route the matrix does not classify
 * fails the test.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteRouteMatrixIT {
    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    private WriteRouteScenarios data;
    private final Map<String, WriteRouteScenarios.Actor> actors = new java.util.HashMap<>();
    private WriteRouteScenarios.Unit assigned;
    private WriteRouteScenarios.Unit unassigned;

    /** A write route as the router holds it, with the media type its request is sent in. */
    record WriteRoute(String key, String consumes) {
        @Override
        public String toString() {
            return key + " [" + consumes + "]";
        }
    }

    @BeforeAll
    void openTheUnitsAndThePeople() {
        ApiClient api = new ApiClient(server.getURI());
        data = new WriteRouteScenarios(api);
        List<WriteRouteScenarios.Unit> units = data.newRootUnits(2);
        assigned = units.get(0);
        unassigned = units.get(1);
        data.helpedBy(api.tokenForNewUser("EVALUATOR", assigned.id(), unassigned.id()), api.tokenForNewUser("AUDITOR"));
        data.openVictim();
        for (String role : WriteRouteMatrix.ROLES) {
            actors.put(role, data.actor(role, assigned.id()));
        }
    }

    private List<WriteRoute> writeRoutes() {
        List<WriteRoute> routes = new ArrayList<>();
        router.uriRoutes()
                .filter(route -> WriteRouteMatrix.writes(route.getHttpMethodName()))
                .map(route -> new WriteRoute(keyOf(route), consumesOf(route)))
                // the router lists some routes twice; each is one case
                .distinct()
                .forEach(routes::add);
        routes.sort(java.util.Comparator.comparing(WriteRoute::toString));
        return routes;
    }

    private static String keyOf(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toString();
    }

    private static String consumesOf(UriRouteInfo<?, ?> route) {
        List<MediaType> consumes = route.getConsumes();
        return consumes.isEmpty() ? MediaType.APPLICATION_JSON : consumes.get(0).toString();
    }

    @Test
    void theMatrixClassifiesEveryWriteRouteAndNamesNoneThatIsGone() {
        Set<String> keys = writeRoutes().stream().map(WriteRoute::key).collect(Collectors.toCollection(TreeSet::new));

        assertThat(WriteRouteMatrix.unclassified(keys, WriteRouteMatrix.RULES))
                .as("write routes the matrix does not classify: add them to WriteRouteMatrix")
                .isEmpty();
        assertThat(WriteRouteMatrix.unclassified(keys, WriteRouteScenarios.SCENARIOS))
                .as("write routes without a scenario in WriteRouteScenarios")
                .isEmpty();
        assertThat(WriteRouteMatrix.stale(keys, WriteRouteMatrix.RULES)).isEmpty();
        assertThat(keys)
                .as("the router lists the routes of the API and of the pages")
                .contains("POST /api/v1/realizations/{id}/reopen", "POST /realisasi/{id}/verifikasi");
    }

    @Test
    void everyWriteRouteAnswersEachRoleOnAnAssignedAndAnUnassignedUnitAsTheMatrixSays() {
        SoftAssertions softly = new SoftAssertions();
        int cases = 0;
        // every change made here is also written to the audit trail: one whose answer or changed thing cannot be
        // written as JSON loses its "after" there, which only a warning in the log would tell
        ch.qos.logback.classic.Logger auditLines =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("id.kinerja.http.audit.AuditLines");
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> auditWarnings =
                new ch.qos.logback.core.read.ListAppender<>();
        auditWarnings.start();
        auditLines.addAppender(auditWarnings);
        try {
            for (WriteRoute route : writeRoutes()) {
                WriteRouteMatrix.Rule rule = WriteRouteMatrix.RULES.get(route.key());
                WriteRouteScenarios.Scenario scenario = WriteRouteScenarios.SCENARIOS.get(route.key());
                if (rule == null || scenario == null) {
                    continue; // named by the test above
                }
                for (String role : WriteRouteMatrix.ROLES) {
                    for (boolean onAssigned : new boolean[] {true, false}) {
                        WriteRouteScenarios.Actor actor = actors.get(role);
                        data.trying(route.toString());
                        WriteRouteScenarios.Request request =
                                scenario.prepare(data, onAssigned ? assigned : unassigned, actor, route.consumes());
                        ApiClient.Answer answer = data.send(server.getURI(), request, actor);
                        cases++;
                        String what = route + " by " + role + " on " + (onAssigned ? "an assigned" : "an unassigned")
                                + " unit → " + answer.status() + " " + abbreviated(answer.body());
                        if (answer.status() < 400) {
                            data.spent();
                        }
                        if (route.key().equals("POST /logout")) {
                            actors.put(role, data.signedInAgain(actor));
                        }
                        if (rule.allows(role, onAssigned) && rule.unreachable()) {
                            softly.assertThat(answer.status()).as(what).isNotIn(401, 403);
                        } else if (rule.allows(role, onAssigned)) {
                            softly.assertThat(answer.status()).as(what).isBetween(200, 399);
                        } else {
                            softly.assertThat(answer.status()).as(what).isEqualTo(403);
                        }
                    }
                }
            }
        } finally {
            // a request that throws ends the loop; the listener must not stay on the logger for the next test
            auditLines.detachAppender(auditWarnings);
        }
        System.out.println("WriteRouteMatrixIT: " + cases + " route × role × ownership cases over " + writeRoutes());
        softly.assertThat(auditWarnings.list)
                .as("changes the audit trail could not record whole")
                .extracting(event -> event.getFormattedMessage() + ": "
                        + (event.getThrowableProxy() == null
                                ? ""
                                : event.getThrowableProxy().getMessage()))
                .isEmpty();
        softly.assertAll();
        assertThat(cases).isEqualTo(writeRoutes().size() * WriteRouteMatrix.ROLES.size() * 2);
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
