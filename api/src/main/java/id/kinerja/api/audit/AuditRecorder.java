package id.kinerja.api.audit;

import id.kinerja.api.problem.Problem;
import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditTrail;
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
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit trail for every API request that changed something, and for every refused attempt (401,
 * 403, 409), whatever refused it: the security filter, a role rule or the domain. It stands outside the
 * security filter so that it sees the answers security gives. The "after" is the thing as answered; the
 * "before" is the "after" of the thing's previous change.
 */
@ServerFilter("/api/**")
public class AuditRecorder implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRecorder.class);
    private static final Set<HttpMethod> CHANGES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final Set<Integer> REFUSALS = Set.of(401, 403, 409);
    /** Signing in changes nothing; its refusals (401) are still recorded. */
    private static final String SIGN_IN = "/api/v1/auth/token";

    private final AuditTrail trail;
    private final JsonMapper json;
    private final Clock clock;

    public AuditRecorder(AuditTrail trail, JsonMapper json, Clock clock) {
        this.trail = trail;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    public void record(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        boolean refused = REFUSALS.contains(status);
        boolean changed = status < 300
                && CHANGES.contains(request.getMethod())
                && !request.getPath().equals(SIGN_IN)
                && !request.getParameters().get("dryRun", Boolean.class).orElse(false);
        if (!refused && !changed) {
            return;
        }
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
    }

    private AuditEntry entryFor(HttpRequest<?> request, MutableHttpResponse<?> response, int status, boolean refused) {
        Optional<RouteMatch> route = RouteAttributes.getRouteMatch(request).map(match -> (RouteMatch) match);
        AnnotationMetadata annotations =
                route.map(RouteMatch::getAnnotationMetadata).orElse(AnnotationMetadata.EMPTY_METADATA);
        String entityType = annotations.stringValue(Audited.class, "entity").orElse(null);
        String after = refused ? null : bodyAsJson(response);
        String entityId = entityType == null ? null : entityId(annotations, route, after);
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
    private String entityId(AnnotationMetadata annotations, Optional<RouteMatch> route, String after) {
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

    private String bodyAsJson(MutableHttpResponse<?> response) {
        Optional<?> body = response.getBody();
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

    private static String refusalCode(MutableHttpResponse<?> response) {
        return response.getBody()
                .filter(Problem.class::isInstance)
                .map(problem -> ((Problem) problem).code())
                .orElse(String.valueOf(response.code()));
    }
}
