package id.kinerja.web.security;

import id.kinerja.domain.user.EndSessions;
import id.kinerja.domain.user.UserId;
import id.kinerja.http.security.SignedInUser;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.LogoutEvent;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Signing out ({@code POST /logout}, with the page's cookie or a bearer token) ends the person's sessions on
 * the server, not only by deleting the cookie: a copy of the token is refused from then on, on every node.
 */
@Singleton
public class SignOutEndsSessions implements ApplicationEventListener<LogoutEvent> {
    private final EndSessions endSessions;

    public SignOutEndsSessions(EndSessions endSessions) {
        this.endSessions = endSessions;
    }

    @Override
    public void onApplicationEvent(LogoutEvent event) {
        if (event.getSource() instanceof Authentication authentication
                && authentication.getAttributes().get(SignedInUser.USER_ID) instanceof String id) {
            endSessions.end(new UserId(UUID.fromString(id)));
        }
    }
}
