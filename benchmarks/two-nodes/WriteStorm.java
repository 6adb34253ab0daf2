import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent writes through the proxy to two nodes: WRITERS evaluators of the demo unit race to record the first
 * realization of each (indicator, year) of the seed decree, every request at the same moment, then race 25 rounds
 * to revise each stored value, all writers of a round from the same version. Prints what the writers were told
 * (created / refused by status and code), the ids acknowledged and, for each, the version and value of the last
 * revision acknowledged, so the caller can compare them with the database.
 *
 * usage: java WriteStorm.java PROXY_BASE ADMIN_PASSWORD WRITERS
 *   prints "token=…", "unit=…" first (the caller's wrk needs them), then the tallies, then "acknowledged=id,id,…"
 *   and "expected=id:version:value,…"
 */
public class WriteStorm {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final int REVISION_ROUNDS = 25;
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0] + "/api/v1";
        int writers = Integer.parseInt(args[2]);
        String admin = token("admin", args[1]);
        String unit = find(get(admin, "/units?size=200"), "\"id\":\"([^\"]+)\"[^{}]*\"shortName\":\"Biro Umum\"");
        System.out.println("token=" + admin);
        System.out.println("unit=" + unit);
        List<String> evaluators = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String name = "storm-" + w + "-" + Long.toHexString(System.nanoTime());
            String created = post(admin, "/users", "{\"username\":\"" + name + "\",\"displayName\":\"Penilai " + w
                    + "\",\"password\":\"sandi-badai-" + name + "\",\"roles\":[\"EVALUATOR\"]}");
            String id = find(created, "\"id\":\"([^\"]+)\"");
            send("PUT", admin, "/users/" + id + "/units", "{\"unitIds\":[\"" + unit + "\"]}");
            evaluators.add(token(name, "sandi-badai-" + name));
        }
        String decrees = get(admin, "/decrees?size=200");
        String decree = find(decrees, "\"id\":\"([^\"]+)\"[^{}]*\"number\":\"017.1/RO-UM/2024\"");
        Matcher rows = Pattern.compile("\"indicatorId\":\"([^\"]+)\"").matcher(get(admin, "/decrees/" + decree + "/annex"));
        List<String> indicators = new ArrayList<>();
        while (rows.find()) {
            if (!indicators.contains(rows.group(1))) {
                indicators.add(rows.group(1));
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(writers);
        Map<String, Integer> told = new TreeMap<>();
        List<String> acknowledged = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        long started = System.nanoTime();
        int races = 0;
        for (String indicator : indicators) {
            for (int year = 2025; year <= 2026; year++) {
                int y = year;
                List<String[]> answers = race(pool, writers, w -> send("POST", evaluators.get(w),
                        "/indicators/" + indicator + "/realizations",
                        "{\"year\":" + y + ",\"period\":\"ANNUAL\",\"value\":\"" + (80 + w) + "\"}"));
                races++;
                String first = null;
                for (String[] answer : answers) {
                    tally(told, "first value", answer);
                    if (answer[0].equals("201")) {
                        first = find(answer[1], "\"id\":\"([^\"]+)\"");
                        acknowledged.add(first);
                    }
                }
                if (first == null) {
                    continue;
                }
                // Every writer revises from the same version, round after round: exactly one may win each round
                // (optimistic locking across both nodes); the last winner's value must be the one stored.
                String realization = first;
                long version = 0;
                String value = null;
                for (int round = 1; round <= REVISION_ROUNDS; round++) {
                    long from = version;
                    int r = round;
                    List<String[]> revisions = race(pool, writers, w -> send("PUT", evaluators.get(w),
                            "/realizations/" + realization,
                            "{\"version\":" + from + ",\"value\":\"" + String.format("%d.%02d", 60 + w, r) + "\"}"));
                    races++;
                    int winners = 0;
                    for (String[] answer : revisions) {
                        tally(told, "revision", answer);
                        if (answer[0].equals("200")) {
                            winners++;
                            version = Long.parseLong(find(answer[1], "\"version\":(\\d+)"));
                            value = find(answer[1], "\"value\":([0-9.]+)");
                        }
                    }
                    if (winners != 1) {
                        told.merge("revision rounds with " + winners + " winners", 1, Integer::sum);
                        version = Long.parseLong(find(get(evaluators.get(0), "/realizations/" + realization),
                                "\"version\":(\\d+)"));
                    }
                }
                expected.add(realization + ":" + version + ":" + value);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("races=%d requests=%d seconds=%.2f%n", races, races * writers, seconds);
        told.forEach((what, count) -> System.out.println("told " + what + ": " + count));
        System.out.println("acknowledged=" + String.join(",", acknowledged));
        System.out.println("expected=" + String.join(",", expected));
    }

    interface Request {
        String[] send(int writer) throws Exception;
    }

    static List<String[]> race(ExecutorService pool, int writers, Request request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writers);
        List<Future<String[]>> sent = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            sent.add(pool.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return request.send(writer);
            }));
        }
        List<String[]> answers = new ArrayList<>();
        for (Future<String[]> answer : sent) {
            answers.add(answer.get(2, TimeUnit.MINUTES));
        }
        return answers;
    }

    static void tally(Map<String, Integer> told, String what, String[] answer) {
        String code = answer[0].startsWith("2") ? "" : " " + find(answer[1], "\"code\":\"([^\"]+)\"");
        told.merge(what + " " + answer[0] + code, 1, Integer::sum);
    }

    static String token(String username, String password) throws Exception {
        String answer = send("POST", null, "/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")[1];
        return find(answer, "\"access_token\":\"([^\"]+)\"");
    }

    static String get(String token, String path) throws Exception {
        return send("GET", token, path, null)[1];
    }

    static String post(String token, String path, String json) throws Exception {
        String[] answer = send("POST", token, path, json);
        if (!answer[0].startsWith("2")) {
            throw new IllegalStateException(path + " answered " + answer[0] + ": " + answer[1]);
        }
        return answer[1];
    }

    static String[] send(String method, String token, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new String[] {String.valueOf(answer.statusCode()), answer.body()};
    }

    static String find(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found: " + pattern + " in " + text);
        }
        return matcher.group(1);
    }
}
