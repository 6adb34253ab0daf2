package id.kinerja.web;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.security.event.LogoutEvent;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Listens to sign-outs beside SignOutEndsSessions, which writes to the database when told, and notes the thread
 * each was announced on: a sign-out must never be handled on a Netty event loop.
 */
@Singleton
class SignOutThreads implements ApplicationEventListener<LogoutEvent> {
    private final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(LogoutEvent event) {
        threads.add(Thread.currentThread().getName());
    }

    List<String> threads() {
        return List.copyOf(threads);
    }
}
