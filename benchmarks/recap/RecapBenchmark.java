import static benchmarks.KinerjaApi.*;

import benchmarks.KinerjaApi;
import benchmarks.Province;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a province through Kinerja's HTTP API, then times the recap across units. The province: one parent and
 * 60 units under it, each with an enacted decree of 2 objectives × 5 quarterly indicators, targets for 2024–2026
 * and all 12 quarters realized (600 indicators, 1 800 targets, 7 200 realizations), one realization per unit
 * submitted for review. Then GET /api/v1/recap?year=2026 for every unit in one answer (sorted by score,
 * descending) is read 5 times to warm up and 30 times measured, and the same recap as XLSX 10 times; each
 * answer is checked to hold 61 units and every unit of the province its 10 indicators.
 *
 * usage (from the repository's root, with the helpers of benchmarks/shared: benchmarks/java-benchmark.sh):
 *   java_benchmark benchmarks/recap/RecapBenchmark.java http://127.0.0.1:18093 admin-password
 */
public class RecapBenchmark {
    static final int UNITS = 60;
    static final int OBJECTIVES = 2;
    static final int INDICATORS_PER_OBJECTIVE = 5;
    static final Province.Shape SHAPE = new Province.Shape(OBJECTIVES, INDICATORS_PER_OBJECTIVE, Province.Frequency.QUARTERLY);
    static final int[] YEARS = {2024, 2025, 2026};
    static final String[] QUARTERS = {"Q1", "Q2", "Q3", "Q4"};
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void main(String[] args) throws Exception {
        KinerjaApi.at(args[0]);
        String admin = token("admin", args[1]);
        String plannerId = user(admin, "planner", "PLANNER");
        String evaluatorId = user(admin, "evaluator", "EVALUATOR");

        long start = System.nanoTime();
        String province = Province.root(admin, plannerId);
        String planner = token("planner", "benchmark-planner");
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
        Province.fourAtATime(indicators, (index, indicator) -> {
            String last = Province.realize(evaluator, indicator, YEARS, QUARTERS, 0);
            // the first indicator of each unit has its last realization submitted for review
            if (index % (OBJECTIVES * INDICATORS_PER_OBJECTIVE) == 0) {
                post(evaluator, "/realizations/" + id(last) + "/submit", "{\"version\":0}");
            }
        });
        double realizations = (System.nanoTime() - start) / 1e9;

        String recap = "/recap?year=2026&size=100&sort=SCORE&direction=DESC";
        for (int round = 0; round < 5; round++) {
            check(send(evaluator, "GET", recap, null));
        }
        List<Double> json = new ArrayList<>();
        for (int round = 0; round < 30; round++) {
            long t = System.nanoTime();
            String body = send(evaluator, "GET", recap, null);
            json.add((System.nanoTime() - t) / 1e6);
            check(body);
        }
        List<Double> xlsx = new ArrayList<>();
        int bytes = 0;
        for (int round = 0; round < 12; round++) {
            long t = System.nanoTime();
            bytes = download(evaluator, recap, XLSX, "PK").length;
            if (round >= 2) {
                xlsx.add((System.nanoTime() - t) / 1e6);
            }
        }
        System.out.printf("dataset: %d units under one parent, %d indicators, %d targets, %d realizations (%d submitted)%n",
                UNITS, indicators.size(), indicators.size() * YEARS.length,
                indicators.size() * YEARS.length * QUARTERS.length, UNITS);
        System.out.printf("built through the API: registry %.1f s, realizations %.1f s%n", registry, realizations);
        print("GET " + recap + " (JSON, 61 units)", json);
        print("the same as XLSX (" + bytes + " bytes)", xlsx);
    }

    static void print(String what, List<Double> millis) {
        Collections.sort(millis);
        System.out.printf("%s, %d reads after warm-up: median %.1f ms, p90 %.1f ms, max %.1f ms%n", what, millis.size(),
                millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)), millis.get(millis.size() - 1));
    }

    /** 61 units in all; every Dinas with 10 indicators, each met or not (all computed), one waiting for review. */
    static void check(String body) {
        boolean whole = body.contains("\"totalItems\":61");
        Matcher lines = Pattern.compile("\"name\":\"Dinas \\d+\"[^}]*?\"indicators\":10,\"met\":(\\d+),\"notMet\":(\\d+),"
                + "\"notFilled\":0,\"notComputable\":0").matcher(body);
        int complete = 0;
        while (lines.find()) {
            if (Integer.parseInt(lines.group(1)) + Integer.parseInt(lines.group(2)) == 10) {
                complete++;
            }
        }
        Matcher waiting = Pattern.compile("\"waitingForReview\":1").matcher(body);
        int withWaiting = 0;
        while (waiting.find()) {
            withWaiting++;
        }
        if (!whole || complete != UNITS || withWaiting != UNITS) {
            throw new IllegalStateException("unexpected recap (" + complete + " complete units, " + withWaiting
                    + " waiting): " + body.substring(0, Math.min(600, body.length())));
        }
    }
}
