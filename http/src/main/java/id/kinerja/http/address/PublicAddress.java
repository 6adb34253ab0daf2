package id.kinerja.http.address;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Optional;

/**
 * The base address of this Kinerja as the public reaches it — for links that leave the site (a questionnaire's
 * address on a poster). It is {@code kinerja.public-url} (env {@code KINERJA_PUBLIC_URL}) when configured, since
 * behind a reverse proxy the request's own host is the proxy's view; otherwise the scheme and host the request
 * was made to.
 */
@Singleton
public class PublicAddress {
    private final Optional<URI> configured;

    public PublicAddress(@Value("${kinerja.public-url:}") String configured) {
        this.configured = configured == null || configured.isBlank()
                ? Optional.empty()
                : Optional.of(URI.create(configured.strip()));
    }

    public URI base(HttpRequest<?> request) {
        return configured.orElseGet(() -> {
            String host = request.getHeaders().get(HttpHeaders.HOST);
            if (host == null || host.isBlank()) {
                host = request.getServerAddress().getHostString() + ":"
                        + request.getServerAddress().getPort();
            }
            return URI.create((request.isSecure() ? "https" : "http") + "://" + host);
        });
    }
}
