package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Prometheus scrapes {@code /metrics}: who may read it, and that what it reads names the routes, the pool and the
 * JVM. The test node lets 127.0.0.1 scrape without a token, as an office's Prometheus server would be configured.
 */
@MicronautTest
@Property(name = "kinerja.metrics.allowed-addresses", value = "10.9.0.0/16, 127.0.0.1")
class MetricsIT {
    @Inject
    EmbeddedServer server;

    @Test
    void aScraperAtAConfiguredAddressReadsRoutesPoolAndJvm() {
        ApiClient api = new ApiClient(server.getURI());
        String admin = api.adminToken();
        assertThat(api.get("/api/v1/decrees", admin).status()).isEqualTo(200);

        ApiClient.Answer scraped = api.get("/metrics", null);

        assertThat(scraped.status()).as(scraped.body()).isEqualTo(200);
        assertThat(scraped.contentType()).startsWith("text/plain");
        assertThat(scraped.body())
                .as("request rate and latency per route template")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/decrees\"")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/decrees\"")
                .as("connection pool")
                .containsPattern("(hikaricp|jdbc)_connections_(active|max)")
                .as("JVM")
                .contains("jvm_memory_used_bytes")
                .contains("jvm_threads_live_threads");
    }

    @Test
    void theLivenessProbeTouchesNoConnectionWhileReadinessDoes() {
        ApiClient api = new ApiClient(server.getURI());
        api.get("/health/readiness", null);
        double before = acquiredConnections(api);

        for (int probe = 0; probe < 20; probe++) {
            ApiClient.Answer live = api.get("/health/liveness", null);
            assertThat(live.status()).as(live.body()).isEqualTo(200);
            assertThat(live.json().path("status").asText()).isEqualTo("UP");
        }
        double afterLiveness = acquiredConnections(api);
        ApiClient.Answer ready = api.get("/health/readiness", null);
        double afterReadiness = acquiredConnections(api);

        assertThat(afterLiveness)
                .as("20 liveness probes borrowed no connection")
                .isEqualTo(before);
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        assertThat(afterReadiness).as("readiness checks the database").isGreaterThan(afterLiveness);
    }

    private static double acquiredConnections(ApiClient api) {
        String scraped = api.get("/metrics", null).body();
        Matcher count = Pattern.compile("(?m)^hikaricp_connections_acquire_seconds_count\\{[^}]*} ([0-9.E+]+)$")
                .matcher(scraped);
        assertThat(count.find())
                .as("the pool's acquire timer is exported:%n%s", scraped)
                .isTrue();
        return Double.parseDouble(count.group(1));
    }
}
