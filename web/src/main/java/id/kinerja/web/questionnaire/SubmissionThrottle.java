package id.kinerja.web.questionnaire;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many questionnaires one address may send a minute ({@code kinerja.skm.submissions-per-address-per-minute}).
 * The address is only hashed with a salt drawn when the node starts, kept in memory for the current minute and
 * forgotten with it: it is never written anywhere, and never next to an answer. Each node counts on its own.
 */
@Singleton
class SubmissionThrottle {
    private final int perMinute;
    private final Clock clock;
    private final byte[] salt = new byte[16];
    private volatile long minute = -1;
    private volatile Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    SubmissionThrottle(@Value("${kinerja.skm.submissions-per-address-per-minute:60}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    /** Counts a sending from the address; false once the address has sent its share this minute. */
    boolean allows(String address) {
        long now = clock.millis() / 60_000;
        if (now != minute) {
            synchronized (this) {
                if (now != minute) {
                    counts = new ConcurrentHashMap<>();
                    minute = now;
                }
            }
        }
        return counts.computeIfAbsent(hashed(address), key -> new AtomicInteger())
                        .incrementAndGet()
                <= perMinute;
    }

    private String hashed(String address) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return HexFormat.of().formatHex(sha256.digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
