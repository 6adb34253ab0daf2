package id.kinerja.web.security;

import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.UserId;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.OptionalLong;

/**
 * Wherever sessions end on this node — signing out, disabling, a change of roles, units or password — this
 * node's {@link SessionCheck} forgets what it remembered of the person at once; other nodes notice within
 * their recheck interval.
 */
@Singleton
public class EndedHereForgotten implements BeanCreatedEventListener<SessionVersions> {
    private final BeanProvider<SessionCheck<?>> sessionCheck;

    public EndedHereForgotten(BeanProvider<SessionCheck<?>> sessionCheck) {
        this.sessionCheck = sessionCheck;
    }

    @Override
    public SessionVersions onCreated(BeanCreatedEvent<SessionVersions> event) {
        SessionVersions stored = event.getBean();
        return new SessionVersions() {
            @Override
            public OptionalLong currentOfActive(UserId user) {
                return stored.currentOfActive(user);
            }

            @Override
            public void endAll(UserId user) {
                stored.endAll(user);
                sessionCheck.get().forget(user);
            }
        };
    }
}
