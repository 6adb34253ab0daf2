package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matrix's classifier can fail: an unknown write route is named, a read is not, a stale row is found. */
class WriteRouteMatrixTest {
    private static final Map<String, WriteRouteMatrix.Rule> TABLE =
            Map.of("POST /api/v1/units", new WriteRouteMatrix.Rule(java.util.Set.of("PLANNER"), false));

    @Test
    void namesEveryWriteRouteTheTableDoesNotClassify() {
        List<String> routes = List.of(
                "POST /api/v1/units",
                "DELETE /api/v1/units/{id}",
                "PATCH /api/v1/realizations/{id}",
                "PUT /api/v1/new-things/{id}",
                "GET /api/v1/new-things");

        assertThat(WriteRouteMatrix.unclassified(routes, TABLE))
                .containsExactly(
                        "DELETE /api/v1/units/{id}", "PATCH /api/v1/realizations/{id}", "PUT /api/v1/new-things/{id}");
    }

    @Test
    void findsRowsThatNameNoRouteAnyMore() {
        assertThat(WriteRouteMatrix.stale(List.of("GET /api/v1/units"), TABLE)).containsExactly("POST /api/v1/units");
        assertThat(WriteRouteMatrix.stale(List.of("POST /api/v1/units"), TABLE)).isEmpty();
    }

    @Test
    void anEvaluatorIsRefusedOnAUnitTheyDoNotServeAnAuditorIsNot() {
        WriteRouteMatrix.Rule reopen = WriteRouteMatrix.RULES.get("POST /api/v1/realizations/{id}/reopen");

        assertThat(reopen.allows("EVALUATOR", true)).isTrue();
        assertThat(reopen.allows("EVALUATOR", false)).isFalse();
        assertThat(reopen.allows("AUDITOR", false)).isTrue();
        assertThat(reopen.allows("PLANNER", true)).isFalse();
    }

    @Test
    void aPlannerIsRefusedOnAUnitTheyDoNotPlanForAnAdministratorRegistersUnitsAnywhere() {
        WriteRouteMatrix.Rule decree = WriteRouteMatrix.RULES.get("POST /api/v1/decrees");
        WriteRouteMatrix.Rule unit = WriteRouteMatrix.RULES.get("POST /api/v1/units");

        assertThat(decree.allows("PLANNER", true)).isTrue();
        assertThat(decree.allows("PLANNER", false)).isFalse();
        assertThat(decree.allows("ADMIN", true)).isFalse();
        assertThat(unit.allows("ADMIN", false)).isTrue();
        assertThat(unit.allows("PLANNER", false)).isFalse();
        assertThat(WriteRouteMatrix.RULES.get("POST /api/v1/rating-scales").allows("PLANNER", false))
                .isTrue();
    }
}
