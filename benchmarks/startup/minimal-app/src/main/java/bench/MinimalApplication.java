package bench;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.Micronaut;
import java.util.Map;

/** One route answering {"status":"UP"}, like Kinerja's /health. */
@Controller
public class MinimalApplication {
    public static void main(String[] args) {
        Micronaut.run(MinimalApplication.class, args);
    }

    @Get("/health")
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
