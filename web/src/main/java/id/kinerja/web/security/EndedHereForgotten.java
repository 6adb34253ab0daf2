package id.kinerja.web.security;

import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.UserId;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Wherever sessions end on this node — signing out, disabling, a change of roles, units or password — this
 * node's {@link SessionCheck} forgets what it remembered of the person at once; other nodes notice within
 * their recheck interval.
 *
 * <p>It forgets once the ending is committed, not when it is written: a request read between the two would see
 * the old number, still the committed one, and this node would remember it for another interval.
 */
@Singleton
public class EndedHereForgotten implements BeanCreatedEventListener<SessionVersions> {
    private final BeanProvider<SessionCheck<?>> sessionCheck;
    private final BeanProvider<TransactionOperations<Connection>> transactions;

    public EndedHereForgotten(
            BeanProvider<SessionCheck<?>> sessionCheck, BeanProvider<TransactionOperations<Connection>> transactions) {
        this.sessionCheck = sessionCheck;
        this.transactions = transactions;
    }

    @Override
    public SessionVersions onCreated(BeanCreatedEvent<SessionVersions> event) {
        SessionVersions stored = event.getBean();
        return new SessionVersions() {
            @Override
            public OptionalLong currentOfActive(UserId user) {
                return stored.currentOfActive(user);
            }

            @Override
            public void endAll(UserId user) {
                stored.endAll(user);
                Optional<? extends TransactionStatus<?>> ending =
                        transactions.get().findTransactionStatus();
                if (ending.isEmpty()) {
                    sessionCheck.get().forget(user);
                    return;
                }
                ending.get().registerSynchronization(new TransactionSynchronization() {
                    // after a rollback too: forgetting only costs one read
                    @Override
                    public void afterCompletion(Status status) {
                        sessionCheck.get().forget(user);
                    }
                });
            }
        };
    }
}
