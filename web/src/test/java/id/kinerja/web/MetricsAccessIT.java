package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** With no scraper address configured (the default), only a signed-in administrator reads {@code /metrics}. */
@MicronautTest
class MetricsAccessIT {
    @Inject
    EmbeddedServer server;

    @Test
    void anonymousCallersAreAskedToSignInInBothLanguages() {
        ApiClient.Answer refused = new ApiClient(server.getURI()).get("/metrics", null);

        refused.problem(401, "metrics.not-allowed");
        assertThat(refused.json().path("messages").path("id").asText()).contains("administrator");
        assertThat(refused.json().path("messages").path("en").asText()).contains("administrators");
    }

    @Test
    void otherRolesAreRefusedAndAdministratorsRead() {
        ApiClient api = new ApiClient(server.getURI());
        for (String role : WriteRouteMatrix.ROLES) {
            ApiClient.Answer answer = api.get("/metrics", api.tokenForNewUser(role));
            if (role.equals("ADMIN")) {
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                assertThat(answer.body()).contains("jvm_memory_used_bytes");
            } else {
                answer.problem(403, "metrics.not-allowed");
            }
        }
    }
}
