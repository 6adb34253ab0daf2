package id.kinerja.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.UserId;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What a node remembers of a person's session number, and when it must read it again. */
class SessionCheckTest {
    private static final UUID PERSON = UUID.randomUUID();
    private static final Claims SESSION_SEVEN = new JwtClaimsSetAdapter(new JWTClaimsSet.Builder()
            .claim(SignedInUser.USER_ID, PERSON.toString())
            .claim(SignedInUser.SESSION_VERSION, 7L)
            .build());

    private final AtomicInteger reads = new AtomicInteger();
    private final CountDownLatch readBegun = new CountDownLatch(1);
    private final CountDownLatch readMayEnd = new CountDownLatch(1);

    /** The first read is held open until the test lets it end; later reads answer at once. */
    private final SessionVersions heldFirstRead = new SessionVersions() {
        @Override
        public OptionalLong currentOfActive(UserId user) {
            if (reads.incrementAndGet() == 1) {
                readBegun.countDown();
                await(readMayEnd);
            }
            return OptionalLong.of(7);
        }

        @Override
        public void endAll(UserId user) {
            throw new UnsupportedOperationException("not asked here");
        }
    };

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNumberReadWhileThePersonWasForgottenIsUsedOnceButNotRemembered() {
        SessionCheck<Object> sessions = new SessionCheck<>(() -> heldFirstRead, Duration.ofMinutes(1));

        CompletableFuture<Boolean> duringTheForget =
                CompletableFuture.supplyAsync(() -> sessions.validate(SESSION_SEVEN, null));
        await(readBegun);
        sessions.forget(new UserId(PERSON));
        readMayEnd.countDown();

        assertThat(duringTheForget.orTimeout(5, TimeUnit.SECONDS).join()).isTrue();
        assertThat(sessions.rememberedVerdict(SESSION_SEVEN))
                .as("nothing remembered")
                .isEmpty();
        assertThat(sessions.validate(SESSION_SEVEN, null)).isTrue();
        assertThat(reads).as("read again").hasValue(2);
        assertThat(sessions.rememberedVerdict(SESSION_SEVEN))
                .as("that read is remembered")
                .contains(true);
    }
}
