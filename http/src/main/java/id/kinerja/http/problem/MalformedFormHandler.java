package id.kinerja.http.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A form or multipart body that cannot even be split into its fields ({@code %zz}, a broken boundary): 400,
 * since no field can be named and no form shown again with what was typed. A browser never sends one; a
 * script or a proxy that mangles bodies does.
 */
@Produces
@Singleton
public class MalformedFormHandler
        implements ExceptionHandler<HttpPostRequestDecoder.ErrorDataDecoderException, HttpResponse<?>> {
    private final Problems problems;

    public MalformedFormHandler(Problems problems) {
        this.problems = problems;
    }

    // ExceptionHandler declares its request parameter raw; an override must repeat it as written.
    @Override
    public HttpResponse<?> handle(
            @SuppressWarnings("rawtypes") HttpRequest request, HttpPostRequestDecoder.ErrorDataDecoderException e) {
        return problems.respond(
                request, HttpStatus.BAD_REQUEST, "request.unreadable-body", null, List.of(), List.of(), null);
    }
}
