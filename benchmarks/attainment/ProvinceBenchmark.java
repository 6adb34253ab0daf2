import static benchmarks.KinerjaApi.*;

import benchmarks.KinerjaApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    static final int[] YEARS = {2024, 2025, 2026};
    static final String[] QUARTERS = {"Q1", "Q2", "Q3", "Q4"};

    public static void main(String[] args) throws Exception {
        KinerjaApi.at(args[0]);
        String admin = token("admin", args[1]);
        String plannerId = user(admin, "planner", "PLANNER");
        String evaluatorId = user(admin, "evaluator", "EVALUATOR");
        // an administrator registers the root unit and gives it to the planner, who plans every unit under it
        // (ADR 0020); the planner signs in after that, as a change of units ends a person's sessions (ADR 0014)
        String province = id(post(admin, "/units",
                "{\"name\":\"Pemerintah Provinsi\",\"type\":\"PEMERINTAH_PROVINSI\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"));
        send(admin, "PUT", "/users/" + plannerId + "/units", "{\"unitIds\":[\"" + province + "\"]}");
        String planner = token("planner", "benchmark-planner");

        long start = System.nanoTime();
        List<String> units = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        for (int u = 1; u <= UNITS; u++) {
            String unit = id(post(planner, "/units",
                    "{\"parentId\":\"" + province + "\",\"name\":\"Dinas " + u + "\",\"type\":\"DINAS\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"));
            units.add(unit);
            String period = id(post(planner, "/plan-periods",
                    "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"));
            String decree = id(post(planner, "/decrees",
                    "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"IKU/" + u + "/2024\",\"title\":\"Indikator Kinerja Utama\","
                            + "\"issuingOfficial\":\"Kepala Dinas\",\"signatory\":{\"name\":\"Kepala\",\"position\":\"KEPALA DINAS,\"},"
                            + "\"considerations\":[\"Bahwa\"],\"legalBases\":[\"Undang-Undang\"],\"decisions\":[\"IKU\"],\"place\":\"Pontianak\"}"));
            for (int o = 1; o <= OBJECTIVES; o++) {
                String objective = id(post(planner, "/decrees/" + decree + "/objectives",
                        "{\"planPeriodId\":\"" + period + "\",\"code\":\"" + o + "\",\"statement\":\"Sasaran " + o + "\"}"));
                for (int i = 1; i <= INDICATORS_PER_OBJECTIVE; i++) {
                    indicators.add(id(post(planner, "/objectives/" + objective + "/indicators",
                            "{\"code\":\"" + o + "." + i + "\",\"name\":\"Indikator " + o + "." + i + "\",\"unitOfMeasure\":\"%\","
                                    + "\"kind\":\"NUMERIC\",\"polarity\":\"HIGHER_IS_BETTER\",\"frequency\":\"QUARTERLY\","
                                    + "\"rollup\":\"" + (i % 2 == 0 ? "MEAN" : "LAST_PERIOD") + "\",\"targets\":["
                                    + "{\"year\":2024,\"value\":80},{\"year\":2025,\"value\":85},{\"year\":2026,\"value\":90}]}")));
                }
            }
            post(planner, "/decrees/" + decree + "/enact", "{\"version\":0,\"enactedOn\":\"2024-01-02\"}");
        }
        send(admin, "PUT", "/users/" + evaluatorId + "/units", "{\"unitIds\":[\"" + String.join("\",\"", units) + "\"]}");
        // signed in only now: a change of a person's units ends the sessions they had (ADR 0014)
        String evaluator = token("evaluator", "benchmark-evaluator");
        double registry = (System.nanoTime() - start) / 1e9;

        start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> recorded = new ArrayList<>();
        for (String indicator : indicators) {
            recorded.add(pool.submit(() -> {
                int n = 0;
                for (int year : YEARS) {
                    for (String quarter : QUARTERS) {
                        post(evaluator, "/indicators/" + indicator + "/realizations",
                                "{\"year\":" + year + ",\"period\":\"" + quarter + "\",\"value\":" + (70 + (n++ % 25)) + ".25}");
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : recorded) {
            future.get();
        }
        pool.shutdown();
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
