import static benchmarks.KinerjaApi.*;

import benchmarks.KinerjaApi;
import benchmarks.Province;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a province-scale unit through Kinerja's HTTP API — one unit whose enacted decree holds 10 objectives
 * × 30 indicators, targets for 2024–2026 and every year realized: 300 indicators, 900 targets, 900
 * realizations — writes the narrative (the four sections of the report, and two analyses of about 300
 * characters for each indicator: 604 sections), then times GET /api/v1/units/{id}/reports/lkjip?year=2026 as a
 * PDF (a warm-up round of 3, then 10 measured reads), one issue of the report (PDF, DOCX and XLSX drawn and
 * stored) and a read of the issued PDF, and prints the latencies. Goal (issue 13): the PDF under 3 s on 2 cores.
 *
 * usage (from the repository's root, with the helpers of benchmarks/shared: benchmarks/java-benchmark.sh):
 *   java_benchmark benchmarks/lkjip/ProvinceReportBenchmark.java http://127.0.0.1:18092 admin-password
 */
public class ProvinceReportBenchmark {
    static final int UNITS = 1;
    static final int OBJECTIVES = 10;
    static final int INDICATORS_PER_OBJECTIVE = 30;
    static final Province.Shape SHAPE = new Province.Shape(OBJECTIVES, INDICATORS_PER_OBJECTIVE, Province.Frequency.ANNUAL);
    static final int[] YEARS = {2024, 2025, 2026};
    static final String[] QUARTERS = {"ANNUAL"};

    public static void main(String[] args) throws Exception {
        KinerjaApi.at(args[0]);
        String admin = token("admin", args[1]);
        String plannerId = user(admin, "planner", "PLANNER");
        String evaluatorId = user(admin, "evaluator", "EVALUATOR");
        user(admin, "auditor", "AUDITOR");
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

        start = System.nanoTime();
        String narrative = "/units/" + units.get(0) + "/reports/lkjip/2026/narrative";
        String paragraph = "Capaian didukung oleh penataan layanan, pelatihan petugas dan pemantauan bulanan;"
                + " hambatan utama adalah keterbatasan anggaran pemeliharaan dan rotasi pegawai pada semester kedua,"
                + " yang diatasi dengan penjadwalan ulang kegiatan dan pendampingan oleh unit pembina.";
        for (String section : new String[] {"EXECUTIVE_SUMMARY", "STRATEGIC_ISSUES", "PLAN_SUMMARY", "CLOSING"}) {
            send(planner, "PUT", narrative, "{\"section\":\"" + section + "\",\"text\":\"" + paragraph + "\",\"version\":0}");
        }
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> sections = new ArrayList<>();
        for (String indicator : indicators) {
            sections.add(writers.submit(() -> {
                for (String section : new String[] {"CAUSES", "PROGRAMMES"}) {
                    send(planner, "PUT", narrative, "{\"section\":\"" + section + "\",\"indicatorId\":\"" + indicator
                            + "\",\"text\":\"" + paragraph + "\",\"version\":0}");
                }
                return null;
            }));
        }
        for (Future<?> future : sections) {
            future.get();
        }
        writers.shutdown();
        double written = (System.nanoTime() - start) / 1e9;

        for (int warm = 0; warm < 3; warm++) {
            read(evaluator, units.get(0));
        }
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int round = 0; round < 10; round++) {
            long t = System.nanoTime();
            bytes = read(evaluator, units.get(0));
            millis.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(millis);
        String auditor = token("auditor", "benchmark-auditor");
        long t = System.nanoTime();
        String issued = post(auditor, "/units/" + units.get(0) + "/reports/lkjip/2026/issues", "{}");
        double issueMillis = (System.nanoTime() - t) / 1e6;
        Matcher sequence = Pattern.compile("\"sequence\":(\\d+)").matcher(issued);
        if (!sequence.find()) {
            throw new IllegalStateException("no issue in " + issued);
        }
        t = System.nanoTime();
        int issuedBytes = read(evaluator, units.get(0), "/reports/lkjip/2026/issues/" + sequence.group(1));
        double issuedReadMillis = (System.nanoTime() - t) / 1e6;
        System.out.printf("dataset: 1 unit, %d objectives, %d indicators, %d targets, %d realizations%n",
                OBJECTIVES, indicators.size(), indicators.size() * YEARS.length, indicators.size() * YEARS.length);
        System.out.printf("built through the API: registry %.1f s, realizations %.1f s, narrative (604 sections) %.1f s%n",
                registry, realizations, written);
        System.out.printf("GET /units/{id}/reports/lkjip?year=2026 as application/pdf (%d bytes), %d reads after 3 warm-up"
                        + " reads: median %.0f ms, p90 %.0f ms, max %.0f ms%n",
                bytes, millis.size(), millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)), millis.get(millis.size() - 1));
        System.out.printf("POST /units/{id}/reports/lkjip/2026/issues (PDF, DOCX and XLSX drawn and stored): %.0f ms;"
                + " the issued PDF read back (%d bytes): %.0f ms%n", issueMillis, issuedBytes, issuedReadMillis);
    }

    static int read(String token, String unit) throws Exception {
        return read(token, unit, "/reports/lkjip?year=2026");
    }

    static int read(String token, String unit, String path) throws Exception {
        return download(token, "/units/" + unit + path, "application/pdf", "%PDF-").length;
    }
}
