package id.kinerja.web.security;

import id.kinerja.domain.user.EnsureInitialAdministrator;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Order;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start of an empty database, opens the {@code admin} account with the password from
 * {@code KINERJA_ADMIN_PASSWORD}, or with a generated one printed once in the log.
 */
@Singleton
public class InitialAdministrator {
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    private final EnsureInitialAdministrator ensure;
    private final String configuredPassword;

    public InitialAdministrator(
            EnsureInitialAdministrator ensure, @Value("${kinerja.admin.initial-password:}") String configuredPassword) {
        this.ensure = ensure;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    @Order(1)
    public void onStartup(StartupEvent event) {
        Optional<String> configured = configuredPassword.isBlank() ? Optional.empty() : Optional.of(configuredPassword);
        EnsureInitialAdministrator.Outcome outcome = ensure.ensure(configured);
        if (outcome.generatedPassword().isPresent()) {
            LOG.warn(
                    "Created the administrator account 'admin' with the generated password: {} "
                            + "(shown once; set KINERJA_ADMIN_PASSWORD before the first start to choose it)",
                    outcome.generatedPassword().get());
        } else if (outcome.created()) {
            LOG.info("Created the administrator account 'admin' with the password from KINERJA_ADMIN_PASSWORD");
        }
    }
}
