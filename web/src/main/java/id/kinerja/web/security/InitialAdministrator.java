package id.kinerja.web.security;

import id.kinerja.domain.shared.StartupClaims;
import id.kinerja.domain.shared.Transactions;
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
 * {@code KINERJA_ADMIN_PASSWORD}, or with a generated one printed once in the log. Of several nodes starting
 * at once on one empty database, one opens it; the others wait for it and find it there (ADR 0017).
 */
@Singleton
public class InitialAdministrator {
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    static final String TASK = "initial-administrator";

    private final EnsureInitialAdministrator ensure;
    private final StartupClaims claims;
    private final Transactions transactions;
    private final String configuredPassword;

    public InitialAdministrator(
            EnsureInitialAdministrator ensure,
            StartupClaims claims,
            Transactions transactions,
            @Value("${kinerja.admin.initial-password:}") String configuredPassword) {
        this.ensure = ensure;
        this.claims = claims;
        this.transactions = transactions;
        this.configuredPassword = configuredPassword;
    }

    @EventListener
    @Order(1)
    public void onStartup(StartupEvent event) {
        Optional<String> configured = configuredPassword.isBlank() ? Optional.empty() : Optional.of(configuredPassword);
        // the use case joins this transaction, so the claim and the account commit or roll back together
        EnsureInitialAdministrator.Outcome outcome = transactions.inTransaction(() -> claims.claim(TASK)
                ? ensure.ensure(configured)
                : new EnsureInitialAdministrator.Outcome(false, Optional.empty()));
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
