package id.kinerja.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A matriks IKU sent as the upload form and API clients send it: the unit and the file, multipart. */
final class MatrixUploads {
    private MatrixUploads() {}

    static String boundary() {
        return "kinerja-matriks-" + System.nanoTime();
    }

    static byte[] body(String boundary, String unitId, String fileName, String type, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"unitId\"\r\n\r\n" + unitId
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** To the API with a bearer token (none: unsigned). */
    static ApiClient.Answer toApi(URI base, String token, String unitId, String fileName, String type, byte[] content) {
        String boundary = boundary();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/indicator-matrices"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, unitId, fileName, type, content)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** A page request as a signed-in browser sends it: session cookie and same-origin headers. */
    static HttpRequest.Builder page(URI base, String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Cookie", "JWT=" + token)
                .header("Accept", "text/html")
                .header("Sec-Fetch-Site", "same-origin")
                .header("Origin", base.toString().replaceAll("/$", ""));
    }

    static ApiClient.Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    Map.of("Location", response.headers().firstValue("Location").orElse("")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
