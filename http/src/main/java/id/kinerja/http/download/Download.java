package id.kinerja.http.download;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A file answered as a download. File names come from people (an uploaded evidence file, a unit's name in a
 * report's name), so the name is written twice in {@code Content-Disposition} (RFC 6266): a plain ASCII
 * {@code filename} that no quote, backslash or line break can break out of, and the name as it was in
 * {@code filename*} (UTF-8, RFC 8187), which browsers prefer — "Laporan Biro Umum (2024).pdf" keeps its
 * spaces and brackets, "Éva's.xlsx" its accent.
 */
public final class Download {
    private Download() {}

    /** Bytes made for this answer (a document, a template) under the given name. */
    public static MutableHttpResponse<byte[]> of(byte[] content, String mediaType, String fileName) {
        return HttpResponse.ok(content)
                .contentType(MediaType.of(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName));
    }

    /**
     * A file kept as it was uploaded, with its SHA-256 as the entity tag and as {@code Repr-Digest} (RFC 9530),
     * so whoever downloads it can check the copy against the digest the audit trail and the pages show.
     */
    public static MutableHttpResponse<byte[]> stored(
            byte[] content, String mediaType, String fileName, String sha256Hex) {
        return of(content, mediaType, fileName)
                .header(HttpHeaders.ETAG, "\"" + sha256Hex + "\"")
                .header(
                        "Repr-Digest",
                        "sha-256=:"
                                + Base64.getEncoder()
                                        .encodeToString(HexFormat.of().parseHex(sha256Hex))
                                + ":");
    }

    /** {@code attachment} with an ASCII fallback name and the exact name in UTF-8. */
    public static String contentDisposition(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "download" : fileName.strip();
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    /** The name in printable ASCII: accents dropped, anything that could end the quoted string replaced. */
    static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String safe = decomposed.replaceAll("[^A-Za-z0-9._ ()-]+", "_");
        return safe.isBlank() ? "download" : safe;
    }

    /** RFC 8187's value-chars: unreserved characters as they are, every other UTF-8 byte as %XX. */
    static String percentEncoded(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
