package id.kinerja.http.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Framework errors in the same format as domain refusals: malformed JSON, unknown routes, unsupported
 * media types, missing or insufficient credentials, and unexpected failures. An unexpected failure is
 * logged with a correlation id that the answer carries, and nothing of its cause reaches the client.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    /** Statuses whose framework messages help a client find its mistake (a JSON parse position, say). */
    private static final java.util.Set<HttpStatus> DETAILED = java.util.EnumSet.of(
            HttpStatus.BAD_REQUEST, HttpStatus.UNSUPPORTED_MEDIA_TYPE, HttpStatus.UNPROCESSABLE_ENTITY);

    private final Problems problems;

    public ProblemErrorResponseProcessor(Problems problems) {
        this.problems = problems;
    }

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        if (status.getCode() >= 500) {
            String correlationId = UUID.randomUUID().toString();
            LOG.error(
                    "Unexpected error {} on {}",
                    correlationId,
                    context.getRequest().getPath(),
                    context.getRootCause().orElse(null));
            return problems.respond(
                    context.getRequest(),
                    status,
                    "server.error",
                    null,
                    List.of(correlationId),
                    List.of(),
                    correlationId);
        }
        List<Problem.FieldError> details = !DETAILED.contains(status)
                ? List.of()
                : context.getErrors().stream().map(this::unreadable).toList();
        MutableHttpResponse<Problem> problem = problems.respond(
                context.getRequest(),
                status,
                codeOf(status),
                details.size() == 1 ? details.get(0).field() : null,
                List.of(
                        context.getRequest().getMethodName(),
                        context.getRequest().getPath()),
                details,
                null);
        response.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> problem.header(name, value));
            }
        });
        return problem;
    }

    /**
     * What could not be read, by the field it belongs to. The framework's own text names Java types and
     * libraries ("Error decoding property [Long version] of type [class …]") and is English only, so it is
     * never passed on: only the names of the fields it mentions are kept, as a path into the request
     * ({@code target.year}), or the query or path parameter it failed to convert ({@code mode}).
     */
    private Problem.FieldError unreadable(io.micronaut.http.server.exceptions.response.Error error) {
        String field = fieldNamedIn(error.getMessage());
        if (field == null) {
            field = error.getPath()
                    .map(path -> path.replaceFirst("^/", ""))
                    .filter(path -> path.matches("[A-Za-z][A-Za-z0-9_]*"))
                    .orElse(null);
        }
        return field == null
                ? problems.fieldError(null, "request.unreadable-body", List.of())
                : problems.fieldError(field, "request.unreadable-value", List.of(field));
    }

    private static final java.util.regex.Pattern NAMED_FIELD = java.util.regex.Pattern.compile(
            "(property|parameter|argument) \\[(?:[^\\]\\s]+ )?([A-Za-z_][A-Za-z0-9_]*)\\]");

    static String fieldNamedIn(String message) {
        if (message == null) {
            return null;
        }
        java.util.regex.Matcher named = NAMED_FIELD.matcher(message);
        List<String> path = new java.util.ArrayList<>();
        String argument = null;
        while (named.find()) {
            String name = named.group(2);
            if (named.group(1).equals("argument")) {
                argument = argument == null ? name : argument;
            } else if (path.isEmpty() || !path.get(path.size() - 1).equals(name)) {
                path.add(name);
            }
        }
        // a property inside the body is the field; the body's own argument name means nothing to a client
        return path.isEmpty() ? argument : String.join(".", path);
    }

    private static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "request.malformed";
            case UNAUTHORIZED -> "auth.required";
            case FORBIDDEN -> "auth.forbidden";
            case NOT_FOUND -> "route.not-found";
            case METHOD_NOT_ALLOWED -> "route.method-not-allowed";
            case NOT_ACCEPTABLE -> "request.not-acceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "request.unsupported-media-type";
            case REQUEST_ENTITY_TOO_LARGE -> "request.too-large";
            case UNPROCESSABLE_ENTITY -> "validation.failed";
            default -> "request.refused";
        };
    }
}
