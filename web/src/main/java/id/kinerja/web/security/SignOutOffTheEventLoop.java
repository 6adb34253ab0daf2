package id.kinerja.web.security;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterContinuation;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Runs a sign-out on the blocking executor: Micronaut's own logout controller has no executor of its own, and the
 * sign-out it announces ends the person's sessions in the database ({@link SignOutEndsSessions}). A remembered
 * token is answered on the event loop (ADR 0040), so nothing else moves the request off it.
 *
 * <p>The filter waits for the rest of the request on the executor's thread, and so runs it there. A filter that
 * only moved to the executor and returned would not do: when it ends before Netty has attached what follows, what
 * follows runs back on the event loop.
 */
@ServerFilter(value = "/logout", methods = HttpMethod.POST)
public class SignOutOffTheEventLoop implements Ordered {
    /** After the security filter: a refused request has nothing to write and need not move. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<?> signOutOnTheBlockingExecutor(FilterContinuation<HttpResponse<?>> signOut) {
        return signOut.proceed();
    }
}
