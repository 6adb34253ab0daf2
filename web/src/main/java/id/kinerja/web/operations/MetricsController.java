package id.kinerja.web.operations;

import id.kinerja.http.problem.Problems;
import id.kinerja.http.security.Roles;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/**
 * The node's metrics in Prometheus's text format: request rates and latencies per route template (so the survey
 * import and the report documents appear under their own routes), the connection pool, the JVM. Readable by
 * administrators and by the configured scraper addresses ({@link MetricsReaders}); anyone else is refused, since
 * route names and volumes say something about how an office works.
 */
@Controller("/metrics")
@Secured(SecurityRule.IS_ANONYMOUS)
class MetricsController {
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final MetricsReaders readers;
    private final Problems problems;

    MetricsController(PrometheusMeterRegistry registry, MetricsReaders readers, Problems problems) {
        this.registry = registry;
        this.readers = readers;
        this.problems = problems;
    }

    @Get(produces = {PROMETHEUS_TEXT, "application/problem+json"})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> scrape(HttpRequest<?> request, @Nullable Authentication signedIn) {
        boolean administrator = signedIn != null && signedIn.getRoles().contains(Roles.ADMIN);
        if (administrator || readers.fromAllowedAddress(request)) {
            return HttpResponse.ok(registry.scrape()).contentType(PROMETHEUS_TEXT);
        }
        HttpStatus status = signedIn == null ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        return problems.respond(request, status, "metrics.not-allowed", null, List.of(), List.of(), null);
    }
}
