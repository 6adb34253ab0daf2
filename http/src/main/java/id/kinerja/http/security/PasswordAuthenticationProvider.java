package id.kinerja.http.security;

import id.kinerja.domain.user.AuthenticateUser;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

/**
 * Signs people in on the sign-in page (the form posted to {@code /login}) with the same accounts and rules as
 * the API's token endpoint. Checking a bcrypt hash blocks, so it runs on the blocking executor.
 */
@Singleton
public class PasswordAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    /**
     * Resolved on the first sign-in: the security filter creates its providers while the data source is still
     * being set up, and asking for the database then would recurse through bean creation.
     */
    private final BeanProvider<AuthenticateUser> authenticate;

    public PasswordAuthenticationProvider(BeanProvider<AuthenticateUser> authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public AuthenticationResponse authenticate(
            @Nullable HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        return authenticate
                .get()
                .authenticate(credentials.getIdentity(), credentials.getSecret())
                .map(SignedInUser::authenticationOf)
                .map(signedIn -> AuthenticationResponse.success(
                        signedIn.getName(), signedIn.getRoles(), signedIn.getAttributes()))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
