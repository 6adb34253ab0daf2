package id.kinerja.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request of the fuzzer: where it goes, as whom, with what. {@code kind} names what was mutated, so that
 * a failure says which family of input found it; {@code page} requests carry the token as the sign-in cookie
 * and the headers a browser sends from this site.
 */
record FuzzRequest(
        String kind,
        String method,
        String path,
        String role,
        String contentType,
        byte[] body,
        boolean page,
        Map<String, String> headers) {

    FuzzRequest {
        headers = Map.copyOf(headers);
    }

    static FuzzRequest of(String kind, String method, String path, String role, String contentType, String body) {
        return new FuzzRequest(
                kind,
                method,
                path,
                role,
                contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                false,
                Map.of());
    }

    boolean writes() {
        return !method.equals("GET");
    }

    /** The request as a line a person can read and replay. */
    String describe() {
        String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (shown.length() > 300) {
            shown = shown.substring(0, 300) + "…(" + body.length + " bytes)";
        }
        return kind + " " + method + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path) + " as "
                + role + " [" + contentType + "] "
                + shown.replace("\u0000", "\\0").replace("\n", "\\n").replace("\r", "\\r");
    }
}
