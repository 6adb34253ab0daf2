package id.kinerja.http.security;

import id.kinerja.http.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one protection against cross-site request forgery, for every form and every API call: a request that
 * changes something must come from a page of this site. Browsers say where a request comes from in headers a
 * page cannot forge — {@code Sec-Fetch-Site} (every current browser) and {@code Origin} (every browser for a
 * POST) — so the check needs no token in the form and never reads the body (ADR 0010). A request that carries
 * neither header did not come from a browser page, so no cookie was sent on anyone's behalf; API clients
 * authenticate with bearer tokens that another site cannot attach anyway.
 */
@ServerFilter("/**")
public class CrossSiteRequestGuard implements Ordered {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> SAME_SITE_FETCHES = Set.of("same-origin", "none");

    private final Problems problems;

    public CrossSiteRequestGuard(Problems problems) {
        this.problems = problems;
    }

    /** Inside the audit recorder, so that a refused request is on the trail; before authentication. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before() + 1;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseCrossSiteChanges(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || comesFromThisSite(request)) {
            return null;
        }
        return problems.respond(request, HttpStatus.FORBIDDEN, "request.cross-site", null, List.of(), List.of(), null);
    }

    static boolean comesFromThisSite(HttpRequest<?> request) {
        String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
        if (fetchSite != null) {
            return SAME_SITE_FETCHES.contains(fetchSite.toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeaders().getOrigin().orElse(null);
        if (origin == null) {
            return true;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        try {
            URI from = URI.create(origin);
            return host != null
                    && from.getAuthority() != null
                    && from.getAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
