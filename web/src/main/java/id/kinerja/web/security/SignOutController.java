package id.kinerja.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.StringUtils;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.endpoints.LogoutController;
import io.micronaut.security.endpoints.LogoutControllerConfiguration;
import io.micronaut.security.event.LogoutEvent;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;

/**
 * Micronaut's own sign-out, run on the blocking executor. Its controller names no executor, and the sign-out it
 * announces ends the person's sessions in the database ({@link SignOutEndsSessions}); a remembered token is
 * answered on the event loop (ADR 0040), so without this the write would block a Netty event loop.
 *
 * <p>Replacing the controller, rather than filtering its path, keeps every address it answers — the configured
 * {@code micronaut.security.endpoints.logout.path}, with or without a trailing slash — on the executor. The class
 * repeats the original's annotations, as Micronaut does not inherit a controller's mapping.
 */
@Replaces(LogoutController.class)
@Requires(
        property = "micronaut.security.endpoints.logout.enabled",
        notEquals = StringUtils.FALSE,
        defaultValue = StringUtils.TRUE)
@Requires(beans = {LogoutHandler.class, HttpHostResolver.class, HttpLocaleResolver.class})
@Controller("${micronaut.security.endpoints.logout.path:/logout}")
@Secured(SecurityRule.IS_ANONYMOUS)
public class SignOutController extends LogoutController {
    public SignOutController(
            LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> signOut,
            ApplicationEventPublisher<LogoutEvent> announcements,
            LogoutControllerConfiguration configuration,
            HttpHostResolver hosts,
            HttpLocaleResolver locales) {
        super(signOut, announcements, configuration, hosts, locales);
    }

    @Override
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    public MutableHttpResponse<?> index(HttpRequest<?> request, @Nullable Authentication authentication) {
        return super.index(request, authentication);
    }

    @Override
    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    public MutableHttpResponse<?> indexGet(HttpRequest<?> request, @Nullable Authentication authentication) {
        return super.indexGet(request, authentication);
    }
}
