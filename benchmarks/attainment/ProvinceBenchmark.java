import static benchmarks.KinerjaApi.*;

import benchmarks.KinerjaApi;
import benchmarks.Province;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builds a province-sized dataset through Kinerja's HTTP API, then times the unit attainment read.
 * 60 units, each with an enacted decree of 2 objectives × 5 quarterly indicators, targets for 2024–2026 and
 * all 12 quarters realized: 600 indicators, 1 800 targets, 7 200 realizations. Then every unit's
 * GET /api/v1/units/{id}/attainment?year=2026 is read (a warm-up round, then 5 measured rounds) and the
 * latencies printed.
 *
 * usage (from the repository's root, with the helpers of benchmarks/shared: benchmarks/java-benchmark.sh):
 *   java_benchmark benchmarks/attainment/ProvinceBenchmark.java http://127.0.0.1:18091 admin-password
 */
public class ProvinceBenchmark {
    static final int UNITS = 60;
    static final int OBJECTIVES = 2;
    static final int INDICATORS_PER_OBJECTIVE = 5;
    static final Province.Shape SHAPE = new Province.Shape(OBJECTIVES, INDICATORS_PER_OBJECTIVE, Province.Frequency.QUARTERLY);
    static final int[] YEARS = {2024, 2025, 2026};
    static final String[] QUARTERS = {"Q1", "Q2", "Q3", "Q4"};

    public static void main(String[] args) throws Exception {
        KinerjaApi.at(args[0]);
        String admin = token("admin", args[1]);
        String plannerId = user(admin, "planner", "PLANNER");
        String evaluatorId = user(admin, "evaluator", "EVALUATOR");
        String province = Province.root(admin, plannerId);
        String planner = token("planner", "benchmark-planner");

        long start = System.nanoTime();
        List<String> units = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        for (int u = 1; u <= UNITS; u++) {
            units.add(Province.unit(planner, province, u, SHAPE, indicators));
        }
        send(admin, "PUT", "/users/" + evaluatorId + "/units", "{\"unitIds\":[\"" + String.join("\",\"", units) + "\"]}");
        // signed in only now: a change of a person's units ends the sessions they had (ADR 0014)
        String evaluator = token("evaluator", "benchmark-evaluator");
        double registry = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        Province.fourAtATime(indicators, (index, indicator) -> Province.realize(evaluator, indicator, YEARS, QUARTERS, 0));
        double realizations = (System.nanoTime() - start) / 1e9;

        for (String unit : units) {
            read(evaluator, unit);
        }
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String unit : units) {
                long t = System.nanoTime();
                read(evaluator, unit);
                millis.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("dataset: %d units, %d indicators, %d targets, %d realizations%n",
                UNITS, indicators.size(), indicators.size() * YEARS.length, indicators.size() * YEARS.length * QUARTERS.length);
        System.out.printf("built through the API: registry %.1f s, realizations %.1f s%n", registry, realizations);
        System.out.printf("GET /units/{id}/attainment?year=2026, %d reads after a warm-up round:"
                        + " median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                millis.size(), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)), millis.get(millis.size() - 1));
    }

    static void read(String token, String unit) throws Exception {
        String body = send(token, "GET", "/units/" + unit + "/attainment?year=2026", null);
        if (!body.contains("\"state\":\"COMPUTED\"") || !body.contains("\"averaged\":10")) {
            throw new IllegalStateException("unexpected evaluation: " + body.substring(0, Math.min(400, body.length())));
        }
    }
}
