package id.kinerja.web.probe;

import id.kinerja.api.shared.Paging;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

/**
 * Planted to prove the architecture test catches a page that uses the JSON API's classes and speaks in maps;
 * never started (its property is never set).
 */
@Controller("/probe-page")
@Requires(property = "kinerja.architecture-probe.enabled")
public class PageUsingTheApi {
    @Get
    public Map<String, Object> page(Map<String, String> form) {
        return Map.of("paging", Paging.class.getSimpleName(), "form", form);
    }
}
