package id.kinerja.http.audit;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditEntry.Outcome;
import id.kinerja.domain.audit.AuditEntry.Refusal;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.http.problem.Messages;
import id.kinerja.http.problem.Problem;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteMatch;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an audit line as the request and its answer tell it: who, what, which thing, before and after, and
 * for a refusal the reason in both languages. Shared by the change's interceptor and the refusals' filter.
 */
@Singleton
class AuditLines {
    static final String ANONYMOUS = "anonymous";
    private static final Logger LOG = LoggerFactory.getLogger(AuditLines.class);
    // the columns' lengths: a request can carry a path or a name longer than any line should keep
    private static final int ACTION_LENGTH = 500;
    private static final int ID_LENGTH = 200;
    private static final int CODE_LENGTH = 100;
    private static final int WORDS_LENGTH = 2000;

    private final AuditTrail trail;
    private final JsonMapper json;
    private final Clock clock;
    private final Messages messages;
    private final List<AuditSnapshots> snapshots;

    AuditLines(AuditTrail trail, JsonMapper json, Clock clock, Messages messages, List<AuditSnapshots> snapshots) {
        this.trail = trail;
        this.json = json;
        this.clock = clock;
        this.messages = messages;
        this.snapshots = List.copyOf(snapshots);
    }

    /** The line of a change the route carried out; its "before" is the thing's previous "after". */
    AuditEntry done(HttpRequest<?> request, Object answer, int status) {
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        AnnotationMetadata annotations =
                route.map(RouteMatch::getAnnotationMetadata).orElse(AnnotationMetadata.EMPTY_METADATA);
        String entityType = annotations.stringValue(Audited.class, "entity").orElse(null);
        String after = afterOf(request, answer);
        String entityId = entityType == null
                ? null
                : request.getAttribute(Audited.Change.ENTITY_ID, String.class)
                        .orElseGet(() -> entityIdOf(annotations, route, after));
        String before = entityType == null || entityId == null
                ? null
                : trail.lastStateOf(entityType, entityId).orElse(null);
        return AuditEntry.done(
                UUID.randomUUID(),
                clock.instant(),
                actorOf(request),
                actionOf(request),
                entityType,
                limit(entityId, ID_LENGTH),
                before,
                after,
                reasonOf(request),
                status);
    }

    /** The line of a refused attempt, with the reason the answer gave (a problem, or a page's refusal). */
    AuditEntry refused(HttpRequest<?> request, HttpResponse<?> response, int occurrences) {
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        AnnotationMetadata annotations =
                route.map(RouteMatch::getAnnotationMetadata).orElse(AnnotationMetadata.EMPTY_METADATA);
        String entityType = annotations.stringValue(Audited.class, "entity").orElse(null);
        String entityId = entityType == null ? null : entityIdOf(annotations, route, null);
        return AuditEntry.refused(
                UUID.randomUUID(),
                clock.instant(),
                actorOf(request),
                actionOf(request),
                entityType,
                limit(entityId, ID_LENGTH),
                reasonOf(request),
                response.code(),
                Outcome.REFUSED,
                refusalOf(request, response),
                null,
                occurrences);
    }

    /** The reason in both languages as the bundles say it today, for refusals that carry only a code. */
    Refusal refusal(String code, List<Object> arguments) {
        return refusal(code, code, arguments);
    }

    /** A refusal stored under its code, worded by another message of the bundles. */
    Refusal refusal(String code, String messageKey, List<Object> arguments) {
        Messages.Bilingual words = messages.render(messageKey, arguments);
        return refusalOf(code, words.id(), words.en());
    }

    private static Refusal refusalOf(String code, String indonesian, String english) {
        return new Refusal(limit(code, CODE_LENGTH), limit(indonesian, WORDS_LENGTH), limit(english, WORDS_LENGTH));
    }

    static String actorOf(HttpRequest<?> request) {
        return request.getUserPrincipal().map(Principal::getName).orElse(ANONYMOUS);
    }

    static String actionOf(HttpRequest<?> request) {
        return limit(request.getMethodName() + " " + request.getPath(), ACTION_LENGTH);
    }

    /** The route as declared ("POST /api/v1/units/{id}"), so that requests for any id count as one. */
    static String routeOf(HttpRequest<?> request) {
        return limit(
                RouteAttributes.getRouteMatch(request)
                        .filter(UriRouteMatch.class::isInstance)
                        .map(match -> request.getMethodName() + " "
                                + ((UriRouteMatch<?, ?>) match)
                                        .getRouteInfo()
                                        .getUriMatchTemplate()
                                        .toPathString())
                        .orElseGet(() -> actionOf(request)),
                ACTION_LENGTH);
    }

    /** The address the connection came from (not a header a client can write). */
    static String addressOf(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null
                ? remote.getHostString()
                : remote.getAddress().getHostAddress();
    }

    static String limit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private Refusal refusalOf(HttpRequest<?> request, HttpResponse<?> response) {
        Optional<Problem> problem =
                response.getBody().filter(Problem.class::isInstance).map(Problem.class::cast);
        if (problem.isPresent() && problem.get().messages() != null) {
            return refusalOf(
                    problem.get().code(),
                    problem.get().messages().id(),
                    problem.get().messages().en());
        }
        Optional<String> code = request.getAttribute(Audited.Refused.CODE, String.class);
        if (code.isPresent()) {
            @SuppressWarnings("unchecked")
            List<Object> arguments =
                    request.getAttribute(Audited.Refused.ARGUMENTS, List.class).orElse(List.of());
            return refusal(code.get(), arguments);
        }
        return refusal("status." + response.code(), List.of());
    }

    private static String reasonOf(HttpRequest<?> request) {
        return request.getAttribute(Audited.Reason.ATTRIBUTE, String.class).orElse(null);
    }

    /** From the route's path variables when the annotation names them, else the answer's id (or name). */
    private String entityIdOf(AnnotationMetadata annotations, Optional<RouteMatch<?>> route, String after) {
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
    private String afterOf(HttpRequest<?> request, Object answer) {
        Optional<?> body = request.getAttribute(Audited.Change.AFTER)
                .map(this::snapshotOf)
                .or(() ->
                        answer instanceof HttpResponse<?> response ? response.getBody() : Optional.ofNullable(answer));
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
}
