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
 * <p>It forgets when the ending is written and again once it is committed: a request read between the two sees
 * the old number, still the committed one, and this node would otherwise remember it for another interval.
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
        return forgettingWhatEnds(event.getBean());
    }

    /** The stored session numbers, with every ending also forgotten by this node. */
    SessionVersions forgettingWhatEnds(SessionVersions stored) {
        return new SessionVersions() {
            @Override
            public OptionalLong currentOfActive(UserId user) {
                return stored.currentOfActive(user);
            }

            @Override
            public void endAll(UserId user) {
                stored.endAll(user);
                SessionCheck<?> check = sessionCheck.get();
                // at once, for a write outside a transaction (or in one that synchronises nothing)...
                check.forget(user);
                Optional<? extends TransactionStatus<?>> ending =
                        transactions.get().findTransactionStatus();
                // ...and again once the transaction ends, for a read that came in between and remembered the old
                // number; after a rollback too, as forgetting only costs one read
                ending.ifPresent(status -> status.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(Status completion) {
                        check.forget(user);
                    }
                }));
            }
        };
    }
}
