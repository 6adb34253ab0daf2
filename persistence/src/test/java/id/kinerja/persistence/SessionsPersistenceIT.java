package id.kinerja.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.CreateUser;
import id.kinerja.domain.user.PasswordHasher;
import id.kinerja.domain.user.Role;
import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.SignInFailures;
import id.kinerja.domain.user.SignInThrottle;
import id.kinerja.domain.user.UpdateUser;
import id.kinerja.domain.user.User;
import id.kinerja.domain.user.UserId;
import id.kinerja.domain.user.Username;
import id.kinerja.domain.user.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Session numbers and failed sign-ins on this run's database, counted right when several callers write at once. */
@MicronautTest(transactional = false)
class SessionsPersistenceIT {
    private static final SignInThrottle RULE =
            new SignInThrottle(25, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Inject
    SessionVersions sessions;

    @Inject
    SignInFailures failures;

    @Inject
    Users users;

    @Inject
    Transactions transactions;

    @Test
    void failuresCountedByFourCallersAtOnceAreAllCounted() throws Exception {
        String subject = "name:serbu-" + UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                done.add(callers.submit(() -> failures.recordFailure(subject, now, RULE)));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            callers.shutdown();
        }
        assertThat(failures.lockedUntil(subject, now)).isEmpty();

        failures.recordFailure(subject, now, RULE);
        assertThat(failures.lockedUntil(subject, now)).hasValue(now.plusSeconds(30));
        assertThat(failures.lockedUntil(subject, now.plusSeconds(31))).isEmpty();

        failures.forget(subject);
        assertThat(failures.lockedUntil(subject, now)).isEmpty();
    }

    @Test
    void endingSessionsMovesTheNumberOnAndADisabledOrMissingAccountHasNone() {
        PasswordHasher plain = new PasswordHasher() {
            @Override
            public String hash(String password) {
                return "plain:" + password;
            }

            @Override
            public boolean matches(String password, String hash) {
                return hash.equals("plain:" + password);
            }
        };
        User budi = new CreateUser(users, plain, transactions)
                .create(new CreateUser.Command(
                        new Username("budi-" + UUID.randomUUID().toString().substring(0, 8)),
                        "Budi",
                        "kuda-laut-makan-sagu",
                        Set.of(Role.PLANNER)));
        assertThat(sessions.currentOfActive(budi.id())).hasValue(0);

        sessions.endAll(budi.id());
        sessions.endAll(budi.id());
        assertThat(sessions.currentOfActive(budi.id())).hasValue(2);

        new UpdateUser(users, plain, sessions, transactions)
                .update(new UpdateUser.Command(budi.id(), budi.version(), "Budi", Set.of(Role.PLANNER), false, null));
        assertThat(sessions.currentOfActive(budi.id())).isEmpty();
        assertThat(sessions.currentOfActive(new UserId(UUID.randomUUID()))).isEmpty();
    }
}
