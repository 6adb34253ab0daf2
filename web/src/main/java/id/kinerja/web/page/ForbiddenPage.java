package id.kinerja.web.page;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A signed-in person whose role does not allow a page or a form sees a page that says so (403), in their
 * language, instead of being sent to the dashboard without a word. The API keeps its problem+json answer and
 * a person not signed in is still sent to sign in.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class ForbiddenPage extends DefaultAuthorizationExceptionHandler {
    private final Words words;
    private final ViewsRendererLocator renderers;

    @Inject
    public ForbiddenPage(
            ErrorResponseProcessor<?> errors,
            RedirectConfiguration redirects,
            RedirectService redirectService,
            List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challenges,
            @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLogin,
            Words words,
            ViewsRendererLocator renderers) {
        super(errors, redirects, redirectService, challenges, priorToLogin);
        this.words = words;
        this.renderers = renderers;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden() && wantsPage(request)) {
            // rendered here: a refusal by the security filter never reaches the views filter
            Map<String, Object> model = new HashMap<>();
            model.put("title", words.message("status.403", List.of()));
            model.put("message", words.message("auth.forbidden", List.of(request.getMethodName(), request.getPath())));
            model.put("here", "/beranda");
            model.put("signedIn", true);
            model.put("roles", Set.copyOf(exception.getAuthentication().getRoles()));
            Optional<ViewsRenderer> renderer = renderers.resolveViewsRenderer("forbidden", MediaType.TEXT_HTML, model);
            if (renderer.isPresent()) {
                Writable page = renderer.get().render("forbidden", model, request);
                return HttpResponse.status(HttpStatus.FORBIDDEN)
                        .contentType(MediaType.TEXT_HTML_TYPE)
                        .body(page);
            }
        }
        if (!exception.isForbidden()
                && wantsPage(request)
                && request.getMethodName().equals("GET")) {
            // a person not signed in (or no longer): to the sign-in page, saying so when a session has ended,
            // and back to the page asked for once signed in
            String query = request.getUri().getRawQuery();
            String asked = request.getPath() + (query == null ? "" : "?" + query);
            boolean ended = request.getCookies().findCookie("JWT").isPresent();
            UriBuilder signIn = UriBuilder.of("/masuk").queryParam("ke", asked);
            if (ended) {
                signIn.queryParam("berakhir", "1");
            }
            return HttpResponse.seeOther(signIn.build());
        }
        return super.handle(request, exception);
    }

    private static boolean wantsPage(HttpRequest<?> request) {
        return request.getHeaders().accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }
}
