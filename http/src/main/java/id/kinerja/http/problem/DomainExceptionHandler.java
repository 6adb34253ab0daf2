package id.kinerja.http.problem;

import id.kinerja.domain.shared.DomainException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A refusal from the domain: 404, 409 or 422 with its code, field and bilingual message. */
@Produces
@Singleton
@Requires(classes = {DomainException.class, ExceptionHandler.class})
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<?>> {
    private final Problems problems;

    public DomainExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    // ExceptionHandler declares its request parameter raw; an override must repeat it as written.
    @Override
    public HttpResponse<?> handle(@SuppressWarnings("rawtypes") HttpRequest request, DomainException exception) {
        return problems.of(request, exception);
    }
}
