package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest
class HealthIT {
    @Inject
    EmbeddedServer server;

    @Test
    void healthAnswersUpWithoutAToken() {
        ApiClient.Answer health = new ApiClient(server.getURI()).get("/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().size()).as("no details for anonymous callers").isEqualTo(1);
    }

    @Test
    void theOpenApiDocumentIsServed() {
        ApiClient.Answer spec = new ApiClient(server.getURI()).get("/swagger/kinerja-0.1.yml", null);

        assertThat(spec.status()).as(spec.body()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/v1/decrees/{id}/annex").contains("/api/v1/auth/token");
    }
}
