package id.kinerja.web.probe;

import id.kinerja.domain.organization.OrganizationUnits;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * Planted to prove the architecture test catches a controller that reads a repository port; never started
 * (its property is never set).
 */
@Controller("/probe")
@Requires(property = "kinerja.architecture-probe.enabled")
public class ControllerReadingAPort {
    private final OrganizationUnits units;

    public ControllerReadingAPort(OrganizationUnits units) {
        this.units = units;
    }

    @Get
    public long count() {
        return units.outline().size();
    }
}
