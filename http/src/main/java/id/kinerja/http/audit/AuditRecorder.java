package id.kinerja.http.audit;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.http.problem.Problem;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Named;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit trail for every request that changed something — an API call or a page's form, each route
 * declaring what it changes with {@link Audited} — and for every refused attempt (401, 403, 409), whatever
 * refused it: the security filter, a role rule, a form's missing CSRF token or the domain. It stands outside the
 * security filter so that it sees the answers security gives. The "after" is the thing as answered; the
 * "before" is the "after" of the thing's previous change.
 */
@ServerFilter("/**")
public class AuditRecorder implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRecorder.class);
    private static final Set<HttpMethod> CHANGES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Set<Integer> REFUSALS = Set.of(401, 403, 409);

    private final AuditTrail trail;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService blocking;
    private final List<AuditSnapshots> snapshots;

    public AuditRecorder(
            AuditTrail trail,
            JsonMapper json,
            Clock clock,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
            List<AuditSnapshots> snapshots) {
        this.trail = trail;
        this.json = json;
        this.clock = clock;
        this.blocking = blocking;
        this.snapshots = List.copyOf(snapshots);
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
        boolean refused = REFUSALS.contains(status);
        boolean declared = RouteAttributes.getRouteMatch(request)
                .map(match -> match.getAnnotationMetadata().hasAnnotation(Audited.class))
                .orElse(false);
        // a page's form answers a change with a redirect (303)
        boolean changed = status < 400
                && declared
                && CHANGES.contains(request.getMethod())
                && !request.getParameters().get("dryRun", Boolean.class).orElse(false);
        if (!refused && !changed) {
            return CompletableFuture.completedFuture(response);
        }
        return CompletableFuture.supplyAsync(() -> append(request, response, status, refused), blocking);
    }

    private MutableHttpResponse<?> append(
            HttpRequest<?> request, MutableHttpResponse<?> response, int status, boolean refused) {
        try {
            trail.append(entryFor(request, response, status, refused));
        } catch (RuntimeException e) {
            // The change itself is committed; losing its trail line must be loud, not silent.
            LOG.error(
                    "could not write the audit trail for {} {} ({})",
                    request.getMethod(),
                    request.getPath(),
                    status,
                    e);
        }
        return response;
    }

    private AuditEntry entryFor(HttpRequest<?> request, MutableHttpResponse<?> response, int status, boolean refused) {
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        AnnotationMetadata annotations =
                route.map(RouteMatch::getAnnotationMetadata).orElse(AnnotationMetadata.EMPTY_METADATA);
        String entityType = annotations.stringValue(Audited.class, "entity").orElse(null);
        String after = refused ? null : afterOf(request, response);
        String entityId = entityType == null
                ? null
                : request.getAttribute(Audited.Change.ENTITY_ID, String.class)
                        .orElseGet(() -> entityId(annotations, route, after));
        String before = refused || entityType == null || entityId == null
                ? null
                : trail.lastStateOf(entityType, entityId).orElse(null);
        return new AuditEntry(
                UUID.randomUUID(),
                clock.instant(),
                request.getUserPrincipal().map(Principal::getName).orElse("anonymous"),
                request.getMethodName() + " " + request.getPath(),
                entityType,
                entityId,
                before,
                after,
                request.getAttribute(Audited.Reason.ATTRIBUTE, String.class).orElse(null),
                status,
                refused ? refusalCode(response) : null);
    }

    /** From the route's path variables when the annotation names them, else the answer's id (or name). */
    private String entityId(AnnotationMetadata annotations, Optional<RouteMatch<?>> route, String after) {
        String[] variables = annotations.stringValues(Audited.class, "idVariables");
        if (variables.length > 0) {
            Map<String, Object> values = route.filter(UriRouteMatch.class::isInstance)
                    .map(match -> ((UriRouteMatch<?, ?>) match).getVariableValues())
                    .orElse(Map.of());
            List<String> parts = new ArrayList<>();
            for (String variable : variables) {
                parts.add(String.valueOf(values.get(variable)));
            }
            return String.join("/", parts);
        }
        if (after == null) {
            return null;
        }
        try {
            JsonNode node = json.readValue(after, JsonNode.class);
            JsonNode id = node.isObject() ? node.get("id") : null;
            if (id == null && node.isObject()) {
                id = node.get("name");
            }
            return id == null ? null : id.coerceStringValue();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The thing a page attached, written as the API shows it, else the answer's body when it is the thing
     * (not a file): so that consecutive changes made on a page and through the API compare line by line.
     */
    private String afterOf(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<?> body =
                request.getAttribute(Audited.Change.AFTER).map(this::snapshotOf).or(response::getBody);
        if (body.isEmpty() || body.get() instanceof byte[]) {
            return null;
        }
        try {
            return json.writeValueAsString(body.get());
        } catch (IOException e) {
            LOG.warn("could not write the answer of a change as JSON for the audit trail", e);
            return null;
        }
    }

    private Object snapshotOf(Object changed) {
        return snapshots.stream()
                .flatMap(snapshot -> snapshot.of(changed).stream())
                .findFirst()
                .orElse(changed);
    }

    private static String refusalCode(MutableHttpResponse<?> response) {
        return response.getBody()
                .filter(Problem.class::isInstance)
                .map(problem -> ((Problem) problem).code())
                .orElse(String.valueOf(response.code()));
    }
}
