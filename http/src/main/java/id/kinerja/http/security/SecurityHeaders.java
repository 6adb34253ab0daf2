package id.kinerja.http.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The headers that tell a browser what this site's pages may do, on every answer: scripts, styles and images
 * only from the site itself, never inside another site's frame, no guessing of content types, no full
 * address sent to other sites — and, where the request came over HTTPS (directly or through a proxy that
 * says so), HTTPS from now on. Swagger UI, which needs inline scripts, keeps the other headers.
 */
@ServerFilter("/**")
public class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            // the organization tree indents units with a style attribute
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @ResponseFilter
    public void addTo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        if (!request.getPath().startsWith("/swagger-ui/")) {
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "same-origin");
        if (cameOverHttps(request)) {
            headers.set("Strict-Transport-Security", "max-age=31536000");
        }
    }

    /**
     * Whether the request came over HTTPS, directly or through a proxy that says so. Trusting the header costs
     * nothing here: a client that lies only asks for stricter treatment of itself.
     */
    public static boolean cameOverHttps(HttpRequest<?> request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
