import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many respondents at once on the public SKM questionnaire (issue 16): CLIENTS threads send questionnaires to the
 * four services of a new survey for SECONDS, each sending a new visit of its own device, as the page's form would
 * (the form's GET is not sent: only sendings are counted). An answer counts as acknowledged when the node answers
 * 303 to the thank-you page; a refused or failed sending (a node killed mid-run) is counted apart and not retried.
 *
 * usage: java SkmStorm.java BASE ADMIN_PASSWORD CLIENTS SECONDS ACK_FILE
 *   prints "survey=…", then "acknowledged=N", "failed=N", "elapsed=S", "rate=R"; writes each acknowledged
 *   visit key (the SHA-256 the node stores) to ACK_FILE, one a line.
 */
public class SkmStorm {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        Path ackFile = Path.of(args[4]);
        String admin = token(base, "admin", args[1]);
        String unit = find(send(base, "POST", admin, "/api/v1/units", "{\"parentId\":null,\"name\":\"Biro Beban "
                + System.nanoTime() + "\",\"type\":\"BIRO\",\"tasks\":[\"Tugas\"],\"functions\":[\"Fungsi\"]}"), "\"id\":\"([^\"]+)\"");
        String name = "beban-" + Long.toHexString(System.nanoTime());
        String user = find(send(base, "POST", admin, "/api/v1/users", "{\"username\":\"" + name
                + "\",\"displayName\":\"Penilai beban\",\"password\":\"sandi-beban-" + name + "\",\"roles\":[\"EVALUATOR\"]}"),
                "\"id\":\"([^\"]+)\"");
        send(base, "PUT", admin, "/api/v1/users/" + user + "/units", "{\"unitIds\":[\"" + unit + "\"]}");
        String evaluator = token(base, name, "sandi-beban-" + name);
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        String survey = find(send(base, "POST", evaluator, "/api/v1/surveys", "{\"unitId\":\"" + unit + "\",\"year\":" + year
                + ",\"methodology\":\"PERMENPANRB_14_2017\",\"services\":[\"Layanan A\",\"Layanan B\",\"Layanan C\",\"Layanan D\"]}"),
                "\"id\":\"([^\"]+)\"");
        Matcher found = Pattern.compile("\"code\":\"([^\"]+)\"")
                .matcher(send(base, "GET", evaluator, "/api/v1/surveys/" + survey + "/questionnaire-links", null));
        List<String> codes = new ArrayList<>();
        while (found.find()) {
            codes.add(found.group(1));
        }
        System.out.println("survey=" + survey);
        System.out.println("evaluator=" + evaluator);

        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Map<String, AtomicLong> failed = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    String code = codes.get((client + n++) % codes.size());
                    String device = hex(16);
                    String visit = hex(16);
                    StringBuilder body = new StringBuilder("kunjungan=" + visit + "&perangkat=" + device + "&situs=");
                    for (int element = 1; element <= 9; element++) {
                        body.append("&u").append(element).append('=').append(1 + RANDOM.nextInt(4));
                    }
                    body.append("&kelamin=").append(RANDOM.nextBoolean() ? "L" : "P")
                            .append("&usia=").append(18 + RANDOM.nextInt(50))
                            .append("&saran=").append(URLEncoder.encode("Pelayanan baik", StandardCharsets.UTF_8));
                    try {
                        HttpResponse<Void> response = HTTP.send(
                                HttpRequest.newBuilder(URI.create(base + "/skm/" + code))
                                        .timeout(Duration.ofSeconds(30))
                                        .header("Content-Type", "application/x-www-form-urlencoded")
                                        .header("Sec-Fetch-Site", "same-origin")
                                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() == 303
                                && response.headers().firstValue("Location").orElse("").contains("/terima-kasih")) {
                            acknowledged.add(sha256(device + ":" + visit));
                        } else {
                            failed.computeIfAbsent("status " + response.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException interrupted) {
                            return;
                        }
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(ackFile))) {
            acknowledged.forEach(out::println);
        }
        System.out.println("acknowledged=" + acknowledged.size());
        System.out.println("failed=" + failed);
        System.out.printf("elapsed=%.1f%n", elapsed);
        System.out.printf("rate=%.0f%n", acknowledged.size() / elapsed);
    }

    static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String token(String base, String username, String password) throws Exception {
        return find(send(base, "POST", null, "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"), "\"access_token\":\"([^\"]+)\"");
    }

    static String send(String base, String method, String token, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String find(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return matcher.group(1);
    }
}
