package id.kinerja.http.security;

import id.kinerja.domain.user.SignIn;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

/**
 * Signs people in on the sign-in page (the form posted to {@code /login}) with the same accounts, rules and
 * throttling as the API's token endpoint. Checking a bcrypt hash blocks, so it runs on the blocking executor.
 * A throttled try fails with {@link SignInThrottled}, so that Micronaut publishes its failure as for a wrong
 * password.
 */
@Singleton
public class PasswordAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    /**
     * Resolved on the first sign-in: the security filter creates its providers while the data source is still
     * being set up, and asking for the database then would recurse through bean creation.
     */
    private final BeanProvider<SignIn> signIn;

    private final ClientAddress clientAddress;

    public PasswordAuthenticationProvider(BeanProvider<SignIn> signIn, ClientAddress clientAddress) {
        this.signIn = signIn;
        this.clientAddress = clientAddress;
    }

    @Override
    public AuthenticationResponse authenticate(
            @Nullable HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        SignIn.Outcome outcome = signIn.get()
                .signIn(
                        credentials.getIdentity(),
                        credentials.getSecret(),
                        request == null ? null : clientAddress.of(request));
        if (outcome instanceof SignIn.SignedIn signedIn) {
            var authentication = SignedInUser.authenticationOf(signedIn.user(), signedIn.sessionVersion());
            return AuthenticationResponse.success(
                    authentication.getName(), authentication.getRoles(), authentication.getAttributes());
        }
        if (outcome instanceof SignIn.Throttled throttled) {
            return new SignInThrottled(throttled.retryAfter());
        }
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
}
