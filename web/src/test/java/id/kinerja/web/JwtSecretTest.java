package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.web.security.JwtSecret;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtSecretTest {
    @Test
    void takesTheSecretFromTheEnvironment() {
        JwtSecret secret = JwtSecret.fromEnvironment(
                Map.of(JwtSecret.ENVIRONMENT_VARIABLE, "0123456789abcdef0123456789abcdef-production"));

        assertThat(secret.generated()).isFalse();
        assertThat(secret.asProperties())
                .containsEntry(JwtSecret.PROPERTY, "0123456789abcdef0123456789abcdef-production");
    }

    @Test
    void generatesAStrongSecretPerProcessWhenNoneIsSet() {
        JwtSecret first = JwtSecret.fromEnvironment(Map.of());
        JwtSecret second = JwtSecret.fromEnvironment(Map.of());

        assertThat(first.generated()).isTrue();
        assertThat(first.value())
                .hasSizeGreaterThanOrEqualTo(JwtSecret.MIN_BYTES)
                .isNotEqualTo(second.value());
    }

    @Test
    void refusesAShortSecretWithAnExplanation() {
        assertThatThrownBy(() -> JwtSecret.fromEnvironment(Map.of(JwtSecret.ENVIRONMENT_VARIABLE, "rahasia")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 32 bytes");
    }
}
