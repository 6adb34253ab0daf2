package id.kinerja.http.upload;

import id.kinerja.http.problem.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;
import java.util.Locale;

/**
 * A multipart body is cut into its parts by the boundary its content type names. Netty's decoder fails with an
 * index error on {@code multipart/form-data; boundary=} (an empty boundary), which would surface as a 500; such a
 * request is refused here, before its body is read, as the malformed request it is.
 */
@ServerFilter("/**")
public class MultipartBoundaryGuard implements Ordered {
    private final Problems problems;

    public MultipartBoundaryGuard(Problems problems) {
        this.problems = problems;
    }

    /** Before anything reads the body; after the audit recorder, so that the refusal is counted. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseMultipartWithoutBoundary(HttpRequest<?> request) {
        String type = request.getHeaders().get("Content-Type");
        if (type == null
                || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA)
                || hasBoundary(type)) {
            return null;
        }
        return problems.respond(
                request, HttpStatus.BAD_REQUEST, "request.multipart-boundary", null, List.of(), List.of(), null);
    }

    private static boolean hasBoundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("boundary")) {
                String boundary = pair[1].strip().replace("\"", "");
                return !boundary.isEmpty();
            }
        }
        return false;
    }
}
