package benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls to Kinerja's API that the province benchmarks share: sign in, add a user, send JSON, download a
 * document. Each benchmark imports them statically and points them at one node with {@link #at(String)}.
 * Any answer other than a success stops the benchmark: a figure measured over refusals would mean nothing.
 *
 * <p>The benchmarks run as single Java files; {@code benchmarks/java-benchmark.sh} compiles this class beside them.
 */
public final class KinerjaApi {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static String base;

    private KinerjaApi() {}

    /** Every later call goes to this node's API: {@code http://host:port} (the {@code /api/v1} is added). */
    public static void at(String node) {
        base = node + "/api/v1";
    }

    /** A bearer token for the account. */
    public static String token(String username, String password) throws Exception {
        Matcher m = TOKEN.matcher(
                send(null, "POST", "/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
        if (!m.find()) {
            throw new IllegalStateException("no token for " + username);
        }
        return m.group(1);
    }

    /** Adds a user with one role; the password is {@code benchmark-<name>}. Returns the user's id. */
    public static String user(String admin, String name, String role) throws Exception {
        return id(post(admin, "/users", "{\"username\":\"" + name + "\",\"displayName\":\"" + name + "\",\"password\":\"benchmark-"
                + name + "\",\"roles\":[\"" + role + "\"]}"));
    }

    /** The first {@code "id"} of a JSON answer. */
    public static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    public static String post(String token, String path, String json) throws Exception {
        return send(token, "POST", path, json);
    }

    /** The answer's body; a JSON body when {@code json} is not null. */
    public static String send(String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** A document read with GET as {@code accept}; it must answer 200 and begin with {@code magic} (its file signature). */
    public static byte[] download(String token, String path, String accept, String magic) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        if (response.statusCode() != 200 || body.length < magic.length()
                || !new String(body, 0, magic.length(), java.nio.charset.StandardCharsets.ISO_8859_1).equals(magic)) {
            throw new IllegalStateException(accept + " " + path + " → " + response.statusCode());
        }
        return body;
    }
}
