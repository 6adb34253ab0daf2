package id.kinerja.persistence.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * One read shared by every caller that asks while it is due, without ever answering a caller with a read that
 * began before the caller asked. A caller who finds no read running starts one; callers who arrive while a read is
 * running wait for the next one, which the first of them starts once the running one has ended, and all of them
 * take its answer. So under load the database is asked about once per round trip instead of once per request, and
 * each answer is still at least as new as the moment its caller asked: what was committed before a request
 * arrived — on any node — is seen by it.
 */
public final class CoalescedRead<T> {
    private final Supplier<T> read;
    private final Object lock = new Object();
    private boolean running;
    /** The read that the callers arriving now wait for; it starts when the running one has ended. */
    private CompletableFuture<T> next;

    public CoalescedRead(Supplier<T> read) {
        this.read = read;
    }

    public T get() {
        CompletableFuture<T> mine;
        synchronized (lock) {
            if (next == null) {
                next = new CompletableFuture<>();
            }
            mine = next;
            while (running && !mine.isDone()) {
                waitForTheRunningRead();
            }
            if (mine.isDone()) {
                return answer(mine);
            }
            // no read is running and none has answered this caller: it reads for everyone waiting with it
            running = true;
            next = null;
        }
        try {
            mine.complete(read.get());
        } catch (RuntimeException | Error failure) {
            mine.completeExceptionally(failure);
        } finally {
            synchronized (lock) {
                running = false;
                lock.notifyAll();
            }
        }
        return answer(mine);
    }

    private void waitForTheRunningRead() {
        try {
            lock.wait();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a shared read", interrupted);
        }
    }

    private static <T> T answer(CompletableFuture<T> read) {
        try {
            return read.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a shared read", interrupted);
        }
    }
}
