package id.kinerja.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.UserId;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A node forgets a person's session number when their sessions end here: at once, and again at the commit. */
class EndedHereForgottenTest {
    private static final UUID PERSON = UUID.randomUUID();
    private static final Claims SESSION_ONE = new JwtClaimsSetAdapter(new JWTClaimsSet.Builder()
            .claim(SignedInUser.USER_ID, PERSON.toString())
            .claim(SignedInUser.SESSION_VERSION, 1L)
            .build());

    /** The committed session number, which every read sees; an ending is written but committed by the test. */
    private final AtomicLong committed = new AtomicLong(1);

    private final SessionVersions stored = new SessionVersions() {
        @Override
        public OptionalLong currentOfActive(UserId user) {
            return OptionalLong.of(committed.get());
        }

        @Override
        public void endAll(UserId user) {
            // written, not yet committed: reads still see the old number
        }
    };

    private final SessionCheck<Object> sessions = new SessionCheck<>(() -> stored, Duration.ofHours(1));

    @Test
    void anEndingOutsideATransactionIsForgottenAtOnce() {
        SessionVersions ending = endingWithin(Optional.empty());
        assertThat(sessions.validate(SESSION_ONE, null)).isTrue();
        assertThat(sessions.rememberedVerdict(SESSION_ONE)).contains(true);

        ending.endAll(new UserId(PERSON));
        committed.set(2);

        assertThat(sessions.rememberedVerdict(SESSION_ONE)).isEmpty();
        assertThat(sessions.validate(SESSION_ONE, null)).isFalse();
    }

    @Test
    void anEndingInATransactionIsForgottenAtOnceAndAgainWhenItCommits() {
        OpenTransaction transaction = new OpenTransaction();
        SessionVersions ending = endingWithin(Optional.of(transaction.status));
        assertThat(sessions.validate(SESSION_ONE, null)).isTrue();

        ending.endAll(new UserId(PERSON));
        assertThat(sessions.rememberedVerdict(SESSION_ONE))
                .as("forgotten when written, even if the transaction never tells of its end")
                .isEmpty();

        assertThat(sessions.validate(SESSION_ONE, null))
                .as("a read before the commit still sees the old number")
                .isTrue();
        assertThat(sessions.rememberedVerdict(SESSION_ONE)).contains(true);

        committed.set(2);
        transaction.complete(TransactionSynchronization.Status.COMMITTED);

        assertThat(sessions.rememberedVerdict(SESSION_ONE))
                .as("forgotten again at the commit")
                .isEmpty();
        assertThat(sessions.validate(SESSION_ONE, null)).isFalse();
    }

    private SessionVersions endingWithin(Optional<TransactionStatus<?>> transaction) {
        TransactionOperations<Connection> transactions = new TransactionOperations<>() {
            @Override
            public Connection getConnection() {
                throw new UnsupportedOperationException("not asked here");
            }

            @Override
            public boolean hasConnection() {
                return false;
            }

            @Override
            public Optional<? extends TransactionStatus<?>> findTransactionStatus() {
                return transaction;
            }

            @Override
            public <R> R execute(TransactionDefinition definition, TransactionCallback<Connection, R> callback) {
                throw new UnsupportedOperationException("not asked here");
            }
        };
        return new EndedHereForgotten(() -> sessions, () -> transactions).forgettingWhatEnds(stored);
    }

    /**
     * A transaction the test ends, telling whoever registered of its end. Only registering is asked of it, so a
     * proxy answers that and refuses the rest.
     */
    private static final class OpenTransaction {
        private final List<TransactionSynchronization> told = new ArrayList<>();
        private final TransactionStatus<?> status = (TransactionStatus<?>) Proxy.newProxyInstance(
                TransactionStatus.class.getClassLoader(),
                new Class<?>[] {TransactionStatus.class},
                (self, method, args) -> {
                    if (method.getName().equals("registerSynchronization")) {
                        told.add((TransactionSynchronization) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName() + " is not asked here");
                });

        void complete(TransactionSynchronization.Status completion) {
            told.forEach(synchronization -> synchronization.afterCompletion(completion));
        }
    }
}
