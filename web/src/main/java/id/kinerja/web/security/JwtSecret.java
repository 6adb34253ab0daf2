package id.kinerja.web.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret that signs access tokens. Production sets {@code KINERJA_JWT_SECRET} (at least 32 bytes, the
 * same on every node); without it Kinerja generates one for this process and says so, which is right for a
 * laptop and wrong behind a load balancer, since tokens then die with the process.
 */
public record JwtSecret(String value, boolean generated) {
    public static final String ENVIRONMENT_VARIABLE = "KINERJA_JWT_SECRET";
    public static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    public static final int MIN_BYTES = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecret.class);

    public JwtSecret {
        if (value.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new IllegalStateException(ENVIRONMENT_VARIABLE + " must be at least " + MIN_BYTES
                    + " bytes (256 bits); generate one with: openssl rand -base64 48");
        }
    }

    public static JwtSecret fromEnvironment(Map<String, String> environment) {
        String configured = environment.get(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new JwtSecret(configured, false);
        }
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        LOG.warn(
                "{} is not set: generated a signing secret for this process only. Tokens will not survive a"
                        + " restart or work across several nodes; set {} in production.",
                ENVIRONMENT_VARIABLE,
                ENVIRONMENT_VARIABLE);
        return new JwtSecret(Base64.getEncoder().encodeToString(random), true);
    }

    public Map<String, Object> asProperties() {
        return Map.of(PROPERTY, value);
    }
}
