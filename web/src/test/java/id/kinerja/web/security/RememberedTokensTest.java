package id.kinerja.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.UserId;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * What a remembered token skips and what it does not (ADR 0040): the full check — here a stand-in for Nimbus
 * that counts its calls and, like the real one, runs the time rule and the session check — runs once per token
 * text; the time rule and the session still decide every later request; a lapsed or forgotten session memory
 * sends the token the whole way again, with its read.
 */
class RememberedTokensTest {
    private static final String TOKEN = "header.claims.signature";
    private static final UUID PERSON = UUID.randomUUID();

    private final AtomicInteger fullChecks = new AtomicInteger();
    private final AtomicInteger sessionReads = new AtomicInteger();
    /** The threads the session number was read on: a read is blocking work and must never run on the caller's. */
    private final List<String> readThreads = new CopyOnWriteArrayList<>();

    private final AtomicLong currentSession = new AtomicLong(7);
    private final AtomicBoolean expired = new AtomicBoolean();
    private final ExecutorService blocking = Executors.newSingleThreadExecutor(run -> new Thread(run, "blocking"));

    private final SessionVersions versions = new SessionVersions() {
        @Override
        public OptionalLong currentOfActive(UserId user) {
            sessionReads.incrementAndGet();
            readThreads.add(Thread.currentThread().getName());
            return OptionalLong.of(currentSession.get());
        }

        @Override
        public void endAll(UserId user) {
            currentSession.incrementAndGet();
        }
    };

    @AfterEach
    void stop() throws InterruptedException {
        blocking.shutdown();
        assertThat(blocking.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    private RememberedTokens<Object> tokens(SessionCheck<Object> sessions) {
        GenericJwtClaimsValidator<Object> notExpired = (claims, request) -> !expired.get();
        JWT jwt = new PlainJWT(new JWTClaimsSet.Builder()
                .subject("perencana")
                .claim(SignedInUser.USER_ID, PERSON.toString())
                .claim(SignedInUser.SESSION_VERSION, 7L)
                .build());
        JsonWebTokenValidator<JWT, Object> nimbus = (token, request) -> {
            fullChecks.incrementAndGet();
            if (!token.equals(TOKEN)) {
                return Optional.empty();
            }
            try {
                JwtClaimsSetAdapter claims = new JwtClaimsSetAdapter(jwt.getJWTClaimsSet());
                return notExpired.validate(claims, request) && sessions.validate(claims, request)
                        ? Optional.of(jwt)
                        : Optional.empty();
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
        };
        return new RememberedTokens<>(
                nimbus,
                checked -> Optional.of(Authentication.build("perencana", List.of("PLANNER"), Map.of())),
                List.of(notExpired, sessions),
                sessions,
                blocking);
    }

    private SessionCheck<Object> sessionCheck(Duration recheck) {
        return new SessionCheck<>(() -> versions, recheck);
    }

    @Test
    void theSignatureIsCheckedOnceAndARememberedTokenIsAnsweredWithoutAReadOnTheCallersThread() {
        RememberedTokens<Object> tokens = tokens(sessionCheck(Duration.ofMinutes(1)));

        Answer first = Answer.of(tokens.validateToken(TOKEN, null));
        Answer second = Answer.of(tokens.validateToken(TOKEN, null));

        assertThat(first.accepted()).isTrue();
        assertThat(readThreads)
                .as("the first check reads the session off the caller's thread")
                .containsExactly("blocking");
        assertThat(second.accepted()).isTrue();
        assertThat(second.thread())
                .as("answered at once")
                .isEqualTo(Thread.currentThread().getName());
        assertThat(fullChecks).hasValue(1);
        assertThat(sessionReads).hasValue(1);
    }

    @Test
    void anExpiredRememberedTokenIsRefusedAndForgotten() {
        RememberedTokens<Object> tokens = tokens(sessionCheck(Duration.ofMinutes(1)));
        assertThat(Answer.of(tokens.validateToken(TOKEN, null)).accepted()).isTrue();

        expired.set(true);

        assertThat(Answer.of(tokens.validateToken(TOKEN, null)).accepted()).isFalse();
        expired.set(false);
        assertThat(Answer.of(tokens.validateToken(TOKEN, null)).accepted()).isTrue();
        assertThat(fullChecks).as("forgotten once refused: checked whole again").hasValue(2);
    }

    @Test
    void aSessionEndedHereIsReadAgainAndRefused() {
        SessionCheck<Object> sessions = sessionCheck(Duration.ofMinutes(1));
        RememberedTokens<Object> tokens = tokens(sessions);
        assertThat(Answer.of(tokens.validateToken(TOKEN, null)).accepted()).isTrue();

        versions.endAll(new UserId(PERSON));
        sessions.forget(new UserId(PERSON));

        assertThat(Answer.of(tokens.validateToken(TOKEN, null)).accepted()).isFalse();
        assertThat(sessionReads).hasValue(2);
        assertThat(Answer.of(tokens.validateToken(TOKEN, null)).accepted())
                .as("refused from the session's memory now")
                .isFalse();
        assertThat(sessionReads).hasValue(2);
        assertThat(fullChecks)
                .as("a refused token is dropped, so its signature is checked whole again; only the session is not read")
                .hasValue(3);
    }

    @Test
    void aSessionEndedOnAnotherNodeIsReadAgainOnceTheRecheckHasPassed() throws InterruptedException {
        RememberedTokens<Object> tokens = tokens(sessionCheck(Duration.ofMillis(50)));
        assertThat(Answer.of(tokens.validateToken(TOKEN, null)).accepted()).isTrue();

        versions.endAll(new UserId(PERSON)); // no forget: this node was not told
        Thread.sleep(80);

        Answer after = Answer.of(tokens.validateToken(TOKEN, null));
        assertThat(after.accepted()).isFalse();
        assertThat(readThreads).as("every read runs on the blocking executor").containsExactly("blocking", "blocking");
        assertThat(fullChecks).hasValue(2);
        assertThat(sessionReads).hasValue(2);
    }

    @Test
    void anotherTextWithTheSameClaimsIsCheckedWhole() {
        RememberedTokens<Object> tokens = tokens(sessionCheck(Duration.ofMinutes(1)));
        assertThat(Answer.of(tokens.validateToken(TOKEN, null)).accepted()).isTrue();

        assertThat(Answer.of(tokens.validateToken(TOKEN + "x", null)).accepted())
                .isFalse();
        assertThat(fullChecks).hasValue(2);
    }

    /** What a publisher said, waited for, and the thread it said it on. */
    private record Answer(boolean accepted, String thread) {
        static Answer of(Publisher<Authentication> publisher) {
            CompletableFuture<Answer> answer = new CompletableFuture<>();
            publisher.subscribe(new Subscriber<>() {
                private Authentication received;

                @Override
                public void onSubscribe(Subscription subscription) {
                    subscription.request(1);
                }

                @Override
                public void onNext(Authentication authentication) {
                    received = authentication;
                }

                @Override
                public void onError(Throwable failure) {
                    answer.completeExceptionally(failure);
                }

                @Override
                public void onComplete() {
                    answer.complete(
                            new Answer(received != null, Thread.currentThread().getName()));
                }
            });
            return answer.orTimeout(5, TimeUnit.SECONDS).join();
        }
    }
}
