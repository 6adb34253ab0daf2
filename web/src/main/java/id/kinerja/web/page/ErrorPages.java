package id.kinerja.web.page;

import id.kinerja.http.problem.Problem;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An unknown address, a form address opened with GET, an address whose filter cannot be read (a page opened
 * with a mistyped year or date), or an unexpected failure shows a person a page in their
 * language — what went wrong, the way home, and for a failure the number to quote — instead of the raw JSON
 * the API answers. Only a browser asking for a page gets it: {@code /api/**} and every client that does not
 * accept HTML keep the problem+json answer, word for word.
 */
@ServerFilter("/**")
public class ErrorPages {
    private final ViewsRendererLocator renderers;

    ErrorPages(ViewsRendererLocator renderers) {
        this.renderers = renderers;
    }

    @ResponseFilter
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void asPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        Optional<Problem> problem = response.getBody(Problem.class);
        boolean unreadableAddress = request.getMethod() == HttpMethod.GET && (status == 400 || status == 422);
        if (problem.isEmpty()
                || !(status == 404 || status == 405 || status >= 500 || unreadableAddress)
                || !wantsPage(request)) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        Problem shown = problem.get();
        model.put("status", status);
        model.put("titled", status >= 500 ? 500 : unreadableAddress ? 400 : status);
        model.put("message", messageOf(shown));
        // a mistyped filter ("?tahun=2026 ", a date 31/11/2026): the same page without the query is one click away
        model.put("plain", unreadableAddress && request.getUri().getRawQuery() != null ? request.getPath() : null);
        model.put("correlationId", shown.correlationId());
        model.put("here", "/beranda");
        Optional<Authentication> person = request.getUserPrincipal(Authentication.class);
        model.put("signedIn", person.isPresent());
        model.put("roles", person.map(who -> Set.copyOf(who.getRoles())).orElse(Set.of()));
        Optional<ViewsRenderer> renderer = renderers.resolveViewsRenderer("error", MediaType.TEXT_HTML, model);
        if (renderer.isPresent()) {
            Writable page = renderer.get().render("error", model, request);
            ((MutableHttpResponse) response).body(page);
            response.contentType(MediaType.TEXT_HTML_TYPE);
        }
    }

    /** What a person reads: the value that could not be read when the problem names one, else the whole answer. */
    private static String messageOf(Problem shown) {
        if (shown.errors() != null && !shown.errors().isEmpty()) {
            return shown.errors().stream()
                    .map(error -> error.messages().in(Words.language()))
                    .distinct()
                    .collect(java.util.stream.Collectors.joining(" "));
        }
        return shown.messages() == null ? shown.detail() : shown.messages().in(Words.language());
    }

    private static boolean wantsPage(HttpRequest<?> request) {
        String path = request.getPath();
        return !path.startsWith("/api/")
                && !path.equals("/api")
                && request.getHeaders().accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }
}
