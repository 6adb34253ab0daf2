import static benchmarks.KinerjaApi.*;

import benchmarks.KinerjaApi;
import benchmarks.Province;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How read times grow with the number of units (issue 15, item 6). One province is grown through Kinerja's HTTP
 * API in steps — 1, then 60, then 500 units under one parent, each unit with an enacted decree of 2 objectives × 5
 * quarterly indicators, targets for 2024–2026 and the four quarters of 2026 realized — and after each step the
 * same reads are timed:
 * <ul>
 *   <li>a unit's attainment, {@code GET /units/{id}/attainment?year=2026}, each read for another unit;</li>
 *   <li>the recap of every unit sorted by score, {@code GET /recap?year=2026&size=100&sort=SCORE} (every unit is
 *       evaluated to sort them, whatever the page size), and the same recap of every unit as XLSX;</li>
 *   <li>the report of one unit, {@code GET /units/{id}/reports/lkjip?year=2026} as a PDF.</li>
 * </ul>
 * It prints one line per step and then each read's time per unit, so that "linear or better" can be read off: a
 * read that grows linearly keeps its time per unit; one whose time per unit falls grows less than linearly.
 *
 * usage (from the repository's root, with the helpers of benchmarks/shared: benchmarks/java-benchmark.sh):
 *   java_benchmark benchmarks/growth/GrowthBenchmark.java http://127.0.0.1:18095 admin-password
 */
public class GrowthBenchmark {
    static final int[] STEPS = {1, 60, 500};
    static final int OBJECTIVES = 2;
    static final int INDICATORS_PER_OBJECTIVE = 5;
    static final Province.Shape SHAPE = new Province.Shape(OBJECTIVES, INDICATORS_PER_OBJECTIVE, Province.Frequency.QUARTERLY);
    static final String[] QUARTERS = {"Q1", "Q2", "Q3", "Q4"};
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String RECAP = "/recap?year=2026&size=100&sort=SCORE&direction=DESC";

    record Step(int units, double built, double attainment, double recap, double recapXlsx, double report) {}

    public static void main(String[] args) throws Exception {
        KinerjaApi.at(args[0]);
        String admin = token("admin", args[1]);
        String plannerId = user(admin, "planner", "PLANNER");
        String evaluatorId = user(admin, "evaluator", "EVALUATOR");
        String province = Province.root(admin, plannerId);
        String planner = token("planner", "benchmark-planner");

        List<String> units = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int target : STEPS) {
            long start = System.nanoTime();
            List<String> indicators = new ArrayList<>();
            while (units.size() < target) {
                units.add(Province.unit(planner, province, units.size() + 1, SHAPE, indicators));
            }
            send(admin, "PUT", "/users/" + evaluatorId + "/units", "{\"unitIds\":[\"" + String.join("\",\"", units) + "\"]}");
            // signed in again: a change of a person's units ends the sessions they had (ADR 0014)
            String evaluator = token("evaluator", "benchmark-evaluator");
            // the four quarters of 2026, each indicator's values starting somewhere of its own
            Province.fourAtATime(indicators, (index, indicator) ->
                    Province.realize(evaluator, indicator, new int[] {2026}, QUARTERS, indicator.hashCode() & 0xff));
            double built = (System.nanoTime() - start) / 1e9;

            double attainment = median(40, 10, round -> {
                String unit = units.get(round % units.size());
                String body = send(evaluator, "GET", "/units/" + unit + "/attainment?year=2026", null);
                require(body.contains("\"unitId\":\"" + unit + "\"") && body.contains("\"code\":\"2.5\""), "attainment", body);
            });
            double recap = median(20, 3, round -> {
                String body = send(evaluator, "GET", RECAP, null);
                require(body.contains("\"totalItems\":" + (units.size() + 1)), "recap", body);
            });
            double recapXlsx = median(10, 2, round -> download(evaluator, RECAP, XLSX, "PK"));
            double report = median(10, 2, round ->
                    download(evaluator, "/units/" + units.get(0) + "/reports/lkjip?year=2026", "application/pdf", "%PDF-"));
            Step step = new Step(units.size(), built, attainment, recap, recapXlsx, report);
            steps.add(step);
            System.out.printf("%d units (built in %.1f s): attainment of a unit %.1f ms, recap JSON %.1f ms, recap XLSX %.1f ms,"
                            + " LKjIP PDF of one unit %.1f ms (medians)%n",
                    step.units(), step.built(), step.attainment(), step.recap(), step.recapXlsx(), step.report());
        }

        System.out.println();
        System.out.println("| units | attainment of a unit | recap JSON | per unit | recap XLSX | per unit | LKjIP PDF of one unit |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Step step : steps) {
            System.out.printf("| %d | %.1f ms | %.1f ms | %.2f ms | %.1f ms | %.2f ms | %.1f ms |%n", step.units(), step.attainment(),
                    step.recap(), step.recap() / step.units(), step.recapXlsx(), step.recapXlsx() / step.units(), step.report());
        }
        Step middle = steps.get(1);
        Step last = steps.get(2);
        double grown = (double) last.units() / middle.units();
        System.out.printf("%nfrom %d to %d units (×%.2f): attainment ×%.2f, recap JSON ×%.2f, recap XLSX ×%.2f, LKjIP ×%.2f"
                        + " — linear or better where the factor is at most ×%.2f%n",
                middle.units(), last.units(), grown, last.attainment() / middle.attainment(), last.recap() / middle.recap(),
                last.recapXlsx() / middle.recapXlsx(), last.report() / middle.report(), grown);
    }

    interface Read {
        void run(int round) throws Exception;
    }

    /** The median of {@code measured} reads after {@code warmUp} reads that are not counted. */
    static double median(int measured, int warmUp, Read read) throws Exception {
        for (int round = 0; round < warmUp; round++) {
            read.run(round);
        }
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < measured; round++) {
            long t = System.nanoTime();
            read.run(warmUp + round);
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        return millis.get(millis.size() / 2);
    }

    static void require(boolean holds, String what, String body) {
        if (!holds) {
            throw new IllegalStateException("unexpected " + what + ": " + body.substring(0, Math.min(600, body.length())));
        }
    }
}
