package id.kinerja.http.audit;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditEntry.Outcome;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.http.problem.Problem;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.web.router.RouteAttributes;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit trail's refusals: every 401 and 403, whatever refused it (the security filter, a role rule, a
 * form's missing CSRF token), and every other refusal (4xx) of a route that changes something — an API call
 * or a page's form, each route declaring what it changes with {@link Audited}. It stands outside the security
 * filter so that it sees the answers security gives. A refusal of a signed-in person is one line, written in a
 * transaction of its own (the refused change, if any, was rolled back); a refusal without a signed-in person is
 * counted ({@link CountedAttempts}). Changes are written with the change, in its transaction
 * ({@link AuditedChanges}).
 */
@ServerFilter("/**")
public class AuditRecorder implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRecorder.class);
    private static final Set<HttpMethod> CHANGES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Set<Integer> ALWAYS_RECORDED = Set.of(401, 403);
    /** The token endpoint's wrong password: recorded from its sign-in event, with the name tried. */
    private static final String SIGN_IN_FAILED = "auth.bad-credentials";

    private final AuditTrail trail;
    private final AuditLines lines;
    private final CountedAttempts counted;
    private final ExecutorService blocking;

    public AuditRecorder(
            AuditTrail trail,
            AuditLines lines,
            CountedAttempts counted,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.trail = trail;
        this.lines = lines;
        this.counted = counted;
        this.blocking = blocking;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    /**
     * Decides on the event loop whether the answer is worth a line, so that reading a page or a stylesheet
     * costs nothing; only a line to write goes to the blocking pool, and the answer waits for it.
     */
    @ResponseFilter
    public CompletionStage<MutableHttpResponse<?>> record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (!refusal(request, response, status)) {
            return CompletableFuture.completedFuture(response);
        }
        if (request.getUserPrincipal().isEmpty()) {
            AuditEntry line = lines.refused(request, response, 1);
            // worded by the status alone: a problem's words name the path, which differs from call to call
            counted.count(
                    AuditLines.ANONYMOUS,
                    AuditLines.routeOf(request),
                    line.entityType(),
                    status,
                    Outcome.REFUSED,
                    lines.refusal(line.refusal().code(), "status." + status, List.of()),
                    AuditLines.addressOf(request));
            return CompletableFuture.completedFuture(response);
        }
        return CompletableFuture.supplyAsync(() -> append(request, response), blocking);
    }

    private static boolean refusal(HttpRequest<?> request, MutableHttpResponse<?> response, int status) {
        if (status < 400 || status >= 500) {
            return false;
        }
        boolean signInFailed = response.getBody()
                .filter(Problem.class::isInstance)
                .map(problem -> SIGN_IN_FAILED.equals(((Problem) problem).code()))
                .orElse(false);
        if (signInFailed) {
            return false;
        }
        if (ALWAYS_RECORDED.contains(status)) {
            return true;
        }
        boolean declared = RouteAttributes.getRouteMatch(request)
                .map(match -> match.getAnnotationMetadata().hasAnnotation(Audited.class))
                .orElse(false);
        return declared && CHANGES.contains(request.getMethod());
    }

    private MutableHttpResponse<?> append(HttpRequest<?> request, MutableHttpResponse<?> response) {
        try {
            trail.append(lines.refused(request, response, 1));
        } catch (RuntimeException e) {
            LOG.error(
                    "could not write the audit trail's refusal of {} {} ({})",
                    request.getMethod(),
                    request.getPath(),
                    response.code(),
                    e);
        }
        return response;
    }
}
