package id.kinerja.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class CoalescedReadTest {

    /** A "database" whose value a writer keeps moving; each read takes a round trip of about half a millisecond. */
    private final AtomicLong committed = new AtomicLong();

    private final AtomicInteger reads = new AtomicInteger();

    private long readCommitted() {
        reads.incrementAndGet();
        long seen = committed.get();
        sleepNanos(500_000);
        return seen;
    }

    @Test
    void noCallerIsAnsweredWithAValueOlderThanWhatWasCommittedWhenItAsked() throws Exception {
        CoalescedRead<Long> read = new CoalescedRead<>(this::readCommitted);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        Thread writer = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                committed.incrementAndGet();
                sleepNanos(50_000);
            }
        });
        writer.setDaemon(true);
        writer.start();
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int call = 0; call < 4_000; call++) {
            answers.add(callers.submit(() -> {
                long committedWhenAsked = committed.get();
                return read.get() >= committedWhenAsked;
            }));
        }
        int stale = 0;
        for (Future<Boolean> answer : answers) {
            if (!answer.get(1, TimeUnit.MINUTES)) {
                stale++;
            }
        }
        writer.interrupt();
        callers.shutdown();

        assertThat(stale)
                .as("callers answered with a read that began before they asked")
                .isZero();
        assertThat(reads.get()).as("sixteen callers at a time share reads").isLessThan(4_000 / 2);
    }

    @Test
    void aCallerAloneReadsItself() {
        CoalescedRead<Long> read = new CoalescedRead<>(this::readCommitted);
        committed.set(7);
        assertThat(read.get()).isEqualTo(7);
        committed.set(8);
        assertThat(read.get()).isEqualTo(8);
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void aFailedReadFailsItsCallersAndTheNextCallReadsAgain() {
        AtomicInteger calls = new AtomicInteger();
        CoalescedRead<Long> read = new CoalescedRead<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("connection refused");
            }
            return 42L;
        });
        assertThatThrownBy(read::get).isInstanceOf(IllegalStateException.class).hasMessage("connection refused");
        assertThat(read.get()).isEqualTo(42L);
    }

    private static void sleepNanos(long nanos) {
        LockSupport.parkNanos(nanos);
    }
}
