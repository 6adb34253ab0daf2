package benchmarks;

import static benchmarks.KinerjaApi.id;
import static benchmarks.KinerjaApi.post;
import static benchmarks.KinerjaApi.send;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The province the benchmarks build through Kinerja's API, the way an office would: a root unit given to the
 * planner, units under it each with a plan period 2024–2026 and an enacted decree of objectives × indicators
 * with targets 80, 85 and 90, and realizations recorded by four clients at once.
 */
public final class Province {
    private Province() {}

    /** How often an indicator is measured: quarterly ones alternate their roll-up (MEAN, LAST_PERIOD). */
    public enum Frequency {
        QUARTERLY,
        ANNUAL
    }

    /** What one of the province's units holds. */
    public record Shape(int objectives, int indicatorsPerObjective, Frequency frequency) {}

    /** A task run for each item of a list. */
    public interface Task<T> {
        void run(int index, T item) throws Exception;
    }

    /**
     * The root unit, registered by an administrator and given to the planner, who plans every unit under it
     * (ADR 0020). The planner must sign in only after this: a change of a person's units ends their sessions
     * (ADR 0014).
     */
    public static String root(String admin, String plannerId) throws Exception {
        String province = id(post(admin, "/units",
                "{\"name\":\"Pemerintah Provinsi\",\"type\":\"PEMERINTAH_PROVINSI\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"));
        send(admin, "PUT", "/users/" + plannerId + "/units", "{\"unitIds\":[\"" + province + "\"]}");
        return province;
    }

    /** Registers the n-th unit under the root with its plan period and enacted decree; adds its indicators to the list. */
    public static String unit(String planner, String root, int n, Shape shape, List<String> indicators) throws Exception {
        String unit = id(post(planner, "/units", "{\"parentId\":\"" + root + "\",\"name\":\"Dinas " + n
                + "\",\"type\":\"DINAS\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"));
        String period = id(post(planner, "/plan-periods",
                "{\"unitId\":\"" + unit + "\",\"kind\":\"RPD\",\"firstYear\":2024,\"lastYear\":2026}"));
        String decree = id(post(planner, "/decrees",
                "{\"issuingUnitId\":\"" + unit + "\",\"number\":\"IKU/" + n + "/2024\",\"title\":\"Indikator Kinerja Utama\","
                        + "\"issuingOfficial\":\"Kepala Dinas\",\"signatory\":{\"name\":\"Kepala\",\"position\":\"KEPALA DINAS,\"},"
                        + "\"considerations\":[\"Bahwa\"],\"legalBases\":[\"Undang-Undang\"],\"decisions\":[\"IKU\"],\"place\":\"Pontianak\"}"));
        for (int o = 1; o <= shape.objectives(); o++) {
            String objective = id(post(planner, "/decrees/" + decree + "/objectives",
                    "{\"planPeriodId\":\"" + period + "\",\"code\":\"" + o + "\",\"statement\":\"Sasaran " + o + "\"}"));
            for (int i = 1; i <= shape.indicatorsPerObjective(); i++) {
                String measured = shape.frequency() == Frequency.QUARTERLY
                        ? "\"frequency\":\"QUARTERLY\",\"rollup\":\"" + (i % 2 == 0 ? "MEAN" : "LAST_PERIOD") + "\","
                        : "\"frequency\":\"ANNUAL\",";
                indicators.add(id(post(planner, "/objectives/" + objective + "/indicators",
                        "{\"code\":\"" + o + "." + i + "\",\"name\":\"Indikator " + o + "." + i + "\",\"unitOfMeasure\":\"%\","
                                + "\"kind\":\"NUMERIC\",\"polarity\":\"HIGHER_IS_BETTER\"," + measured + "\"targets\":["
                                + "{\"year\":2024,\"value\":80},{\"year\":2025,\"value\":85},{\"year\":2026,\"value\":90}]}")));
            }
        }
        post(planner, "/decrees/" + decree + "/enact", "{\"version\":0,\"enactedOn\":\"2024-01-02\"}");
        return unit;
    }

    /**
     * Records an indicator's realization for each year and period, 70.25 upwards from {@code first} (wrapping at
     * 94.25); returns the answer to the last.
     */
    public static String realize(String evaluator, String indicator, int[] years, String[] periods, int first)
            throws Exception {
        int n = first;
        String last = null;
        for (int year : years) {
            for (String period : periods) {
                last = post(evaluator, "/indicators/" + indicator + "/realizations",
                        "{\"year\":" + year + ",\"period\":\"" + period + "\",\"value\":" + (70 + (n++ % 25)) + ".25}");
            }
        }
        return last;
    }

    /** Runs the task for every item, four clients at a time, and waits for them all. */
    public static <T> void fourAtATime(List<T> items, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int index = 0; index < items.size(); index++) {
                int at = index;
                running.add(pool.submit(() -> {
                    task.run(at, items.get(at));
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
