package id.kinerja.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.InMemorySessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInTest {
    private static final PasswordHasher PLAIN = new PasswordHasher() {
        @Override
        public String hash(String password) {
            return "hashed:" + password;
        }

        @Override
        public boolean matches(String password, String hash) {
            return hash.equals("hashed:" + password);
        }
    };
    private static final SignInThrottle PER_NAME =
            new SignInThrottle(3, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15));
    private static final SignInThrottle PER_ADDRESS =
            new SignInThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final InMemorySessions sessions = new InMemorySessions(registry.users);
    private final MovableClock clock = new MovableClock();
    private final SignIn signIn = new SignIn(
            new AuthenticateUser(registry.users, PLAIN),
            sessions,
            sessions,
            registry.transactions,
            PER_NAME,
            PER_ADDRESS,
            clock);
    private final User budi = new CreateUser(registry.users, PLAIN, registry.transactions)
            .create(new CreateUser.Command(new Username("budi"), "Budi", "kuda-laut-makan-sagu", Set.of(Role.PLANNER)));

    @Test
    void aNameThatFailedTooOftenWaitsAndTheWaitDoubles() {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn.signIn("budi", "salah-sekali-12", "10.0.0." + i)).isInstanceOf(SignIn.Refused.class);
        }
        assertThat(signIn.signIn("budi", "kuda-laut-makan-sagu", "10.0.0.9"))
                .isEqualTo(new SignIn.Throttled(Duration.ofSeconds(30)));

        clock.move(Duration.ofSeconds(31));
        assertThat(signIn.signIn("budi", "salah-sekali-12", "10.0.0.9")).isInstanceOf(SignIn.Refused.class);
        assertThat(signIn.signIn("budi", "kuda-laut-makan-sagu", "10.0.0.9"))
                .isEqualTo(new SignIn.Throttled(Duration.ofSeconds(60)));

        clock.move(Duration.ofSeconds(61));
        assertThat(signIn.signIn("budi", "kuda-laut-makan-sagu", "10.0.0.9")).isInstanceOf(SignIn.SignedIn.class);
        assertThat(sessions.failuresOf("name:budi")).isZero();
    }

    @Test
    void anAddressThatFailedTooOftenWaitsWhateverNameItTries() {
        for (int i = 0; i < 5; i++) {
            signIn.signIn("orang-" + i, "salah-sekali-12", "192.0.2.7");
        }
        assertThat(signIn.signIn("budi", "kuda-laut-makan-sagu", "192.0.2.7")).isInstanceOf(SignIn.Throttled.class);
        assertThat(signIn.signIn("budi", "kuda-laut-makan-sagu", "192.0.2.8")).isInstanceOf(SignIn.SignedIn.class);
    }

    @Test
    void failuresAreForgottenAfterAQuietSpell() {
        signIn.signIn("budi", "salah-sekali-12", "10.0.0.1");
        signIn.signIn("budi", "salah-sekali-12", "10.0.0.1");
        clock.move(Duration.ofMinutes(16));
        signIn.signIn("budi", "salah-sekali-12", "10.0.0.1");
        assertThat(sessions.failuresOf("name:budi")).isEqualTo(1);
    }

    @Test
    void aTokenCarriesTheSessionNumberThatEndingSessionsMovesOn() {
        SignIn.SignedIn first = (SignIn.SignedIn) signIn.signIn("budi", "kuda-laut-makan-sagu", "10.0.0.1");
        new EndSessions(sessions, registry.transactions).end(budi.id());
        SignIn.SignedIn second = (SignIn.SignedIn) signIn.signIn("budi", "kuda-laut-makan-sagu", "10.0.0.1");

        assertThat(second.sessionVersion()).isGreaterThan(first.sessionVersion());
    }

    @Test
    void disablingChangingRolesOrPasswordEndsSessionsButRenamingDoesNot() {
        UpdateUser update = new UpdateUser(registry.users, PLAIN, sessions, registry.transactions);
        long start = sessions.currentOfActive(budi.id()).orElseThrow();

        User renamed =
                update.update(new UpdateUser.Command(budi.id(), 0, "Budi Santoso", Set.of(Role.PLANNER), true, null));
        assertThat(sessions.currentOfActive(budi.id())).hasValue(start);

        User promoted = update.update(new UpdateUser.Command(
                budi.id(), renamed.version(), "Budi Santoso", Set.of(Role.PLANNER, Role.EVALUATOR), true, null));
        assertThat(sessions.currentOfActive(budi.id())).hasValue(start + 1);

        User newPassword = update.update(new UpdateUser.Command(
                budi.id(), promoted.version(), "Budi Santoso", promoted.roles(), true, "ikan-pari-di-kapuas"));
        assertThat(sessions.currentOfActive(budi.id())).hasValue(start + 2);

        update.update(new UpdateUser.Command(
                budi.id(), newPassword.version(), "Budi Santoso", promoted.roles(), false, null));
        assertThat(sessions.currentOfActive(budi.id())).isEmpty();
    }

    @Test
    void theRuleWaitsNoLongerThanItsLongestWait() {
        SignInThrottle.Failures failures = null;
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        for (int i = 0; i < 40; i++) {
            failures = PER_NAME.afterFailure(Optional.ofNullable(failures), now);
        }
        assertThat(failures.lockedUntil()).hasValue(now.plus(Duration.ofMinutes(15)));
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-03T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
