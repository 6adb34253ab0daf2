package id.kinerja.http.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on a request: 422 naming every field at fault. */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {
    private final Problems problems;

    public ConstraintViolationHandler(Problems problems) {
        this.problems = problems;
    }

    // ExceptionHandler declares its request parameter raw; an override must repeat it as written.
    @Override
    public HttpResponse<?> handle(
            @SuppressWarnings("rawtypes") HttpRequest request, ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(
                        violation -> violation.getPropertyPath().toString()))
                .map(violation ->
                        problems.fieldError(fieldOf(violation), codeOf(violation), List.of(violation.getMessage())))
                .toList();
        return problems.respond(
                request,
                HttpStatus.UNPROCESSABLE_ENTITY,
                "validation.failed",
                errors.size() == 1 ? errors.get(0).field() : null,
                List.of(errors.size()),
                errors,
                null);
    }

    /** "validation.NotBlank" for the constraints the bundles translate; otherwise the validator's own text. */
    private String codeOf(ConstraintViolation<?> violation) {
        String code = "validation."
                + violation
                        .getConstraintDescriptor()
                        .getAnnotation()
                        .annotationType()
                        .getSimpleName();
        return problems.knows(code) ? code : "validation.constraint";
    }

    /** "create.request.targets[0].year" → "targets[0].year": the path inside the request body. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        int skipped = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            if (skipped < 2
                    && (node.getKind() == jakarta.validation.ElementKind.METHOD
                            || node.getKind() == jakarta.validation.ElementKind.PARAMETER)) {
                skipped++;
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }
}
