import static benchmarks.KinerjaApi.*;

import benchmarks.KinerjaApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    static final String[] QUARTERS = {"Q1", "Q2", "Q3", "Q4"};
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String RECAP = "/recap?year=2026&size=100&sort=SCORE&direction=DESC";

    record Step(int units, double built, double attainment, double recap, double recapXlsx, double report) {}

    public static void main(String[] args) throws Exception {
        KinerjaApi.at(args[0]);
        String admin = token("admin", args[1]);
        String plannerId = user(admin, "planner", "PLANNER");
        String evaluatorId = user(admin, "evaluator", "EVALUATOR");
        // an administrator registers the root unit and gives it to the planner, who plans everything under it
        // (ADR 0020); signed in after that, as a change of units ends a person's sessions (ADR 0014)
        String province = id(post(admin, "/units",
                "{\"name\":\"Pemerintah Provinsi\",\"type\":\"PEMERINTAH_PROVINSI\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"));
        send(admin, "PUT", "/users/" + plannerId + "/units", "{\"unitIds\":[\"" + province + "\"]}");
        String planner = token("planner", "benchmark-planner");

        List<String> units = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (int target : STEPS) {
            long start = System.nanoTime();
            List<String> indicators = new ArrayList<>();
            while (units.size() < target) {
                units.add(unit(planner, province, units.size() + 1, indicators));
            }
            send(admin, "PUT", "/users/" + evaluatorId + "/units", "{\"unitIds\":[\"" + String.join("\",\"", units) + "\"]}");
            // signed in again: a change of a person's units ends the sessions they had (ADR 0014)
            String evaluator = token("evaluator", "benchmark-evaluator");
            realize(evaluator, indicators);
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

    /** Registers the n-th unit with its plan period and enacted decree, adding its indicators to the list. */
    static String unit(String planner, String province, int n, List<String> indicators) throws Exception {
        String unit = id(post(planner, "/units", "{\"parentId\":\"" + province + "\",\"name\":\"Dinas " + n
                + "\",\"type\":\"DINAS\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"));
        String period = id(post(planner, "/plan-periods",
                "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"));
        String decree = id(post(planner, "/decrees",
                "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"IKU/" + n + "/2024\",\"title\":\"Indikator Kinerja Utama\","
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
        return unit;
    }

    /** The four quarters of 2026 for each indicator, four clients at a time. */
    static void realize(String evaluator, List<String> indicators) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> recorded = new ArrayList<>();
        for (String indicator : indicators) {
            recorded.add(pool.submit(() -> {
                int n = indicator.hashCode() & 0xff;
                for (String quarter : QUARTERS) {
                    post(evaluator, "/indicators/" + indicator + "/realizations",
                            "{\"year\":2026,\"period\":\"" + quarter + "\",\"value\":" + (70 + (n++ % 25)) + ".25}");
                }
                return null;
            }));
        }
        for (Future<?> future : recorded) {
            future.get();
        }
        pool.shutdown();
    }

    static void require(boolean holds, String what, String body) {
        if (!holds) {
            throw new IllegalStateException("unexpected " + what + ": " + body.substring(0, Math.min(600, body.length())));
        }
    }
}
