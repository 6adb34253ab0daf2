import static benchmarks.KinerjaApi.*;

import benchmarks.KinerjaApi;
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
    static final int[] YEARS = {2024, 2025, 2026};
    static final String[] QUARTERS = {"ANNUAL"};

    public static void main(String[] args) throws Exception {
        KinerjaApi.at(args[0]);
        String admin = token("admin", args[1]);
        String plannerId = user(admin, "planner", "PLANNER");
        String evaluatorId = user(admin, "evaluator", "EVALUATOR");
        user(admin, "auditor", "AUDITOR");
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
                                    + "\"kind\":\"NUMERIC\",\"polarity\":\"HIGHER_IS_BETTER\",\"frequency\":\"ANNUAL\","
                                    + "\"targets\":["
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
