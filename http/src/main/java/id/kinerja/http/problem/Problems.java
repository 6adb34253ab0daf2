package id.kinerja.http.problem;

import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.NotPermitted;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.StaleVersion;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/** Builds every problem response, so that they all look alike whatever raised them. */
@Singleton
public class Problems {
    private final Messages messages;

    public Problems(Messages messages) {
        this.messages = messages;
    }

    public static HttpStatus statusOf(DomainException e) {
        if (e instanceof NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof NotPermitted) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof ConflictingState || e instanceof StaleVersion) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof InvalidValue || e instanceof RuleViolation || e instanceof RefusedFile) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        throw new IllegalStateException("unmapped domain exception " + e.getClass());
    }

    /** A domain refusal; a refused file lists its errors by row and column. */
    public MutableHttpResponse<Problem> of(HttpRequest<?> request, DomainException e) {
        List<Problem.FieldError> errors = e instanceof RefusedFile refused
                ? refused.errors().stream()
                        .map(error -> new Problem.FieldError(
                                error.column(),
                                error.row(),
                                error.code(),
                                messages.render(error.code(), error.arguments())))
                        .toList()
                : List.of();
        return respond(request, statusOf(e), e.code(), e.field().orElse(null), e.arguments(), errors, null);
    }

    /** A problem with one code, optionally several field errors, and for server errors a correlation id. */
    public MutableHttpResponse<Problem> respond(
            HttpRequest<?> request,
            HttpStatus status,
            String code,
            String field,
            List<Object> arguments,
            List<Problem.FieldError> errors,
            String correlationId) {
        Locale language = Messages.languageOf(
                request == null ? null : request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
        Messages.Bilingual message = messages.render(code, arguments);
        Messages.Bilingual title = messages.render("status." + status.getCode(), List.of());
        Problem problem = new Problem(
                Problem.TYPE_PREFIX + code,
                title.in(language),
                status.getCode(),
                message.in(language),
                code,
                field,
                message,
                errors.isEmpty() ? null : errors,
                correlationId);
        return HttpResponse.<Problem>status(status)
                .contentType(Problem.MEDIA_TYPE)
                .body(problem);
    }

    /** Whether the bundles have a message for the code. */
    public boolean knows(String code) {
        return messages.knows(code);
    }

    public Problem.FieldError fieldError(String field, String code, List<Object> arguments) {
        return new Problem.FieldError(field, null, code, messages.render(code, arguments));
    }
}
