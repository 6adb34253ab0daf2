package id.kinerja.web.wiring;

import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.AuthenticateUser;
import id.kinerja.domain.user.EndSessions;
import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.SignIn;
import id.kinerja.domain.user.SignInFailures;
import id.kinerja.domain.user.SignInThrottle;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * Signing in and out, with the throttles from {@code kinerja.security.sign-in-throttle.name.*} and
 * {@code …address.*}: an office behind one address shares its address's allowance, so that one is larger.
 */
@Factory
public class SignInFactory {

    @Singleton
    SignIn signIn(
            AuthenticateUser authenticate,
            SessionVersions sessions,
            SignInFailures failures,
            Transactions transactions,
            Clock clock,
            @Value("${kinerja.security.sign-in-throttle.name.free-failures:5}") int nameFreeFailures,
            @Value("${kinerja.security.sign-in-throttle.name.first-wait:30s}") Duration nameFirstWait,
            @Value("${kinerja.security.sign-in-throttle.address.free-failures:20}") int addressFreeFailures,
            @Value("${kinerja.security.sign-in-throttle.address.first-wait:30s}") Duration addressFirstWait,
            @Value("${kinerja.security.sign-in-throttle.longest-wait:15m}") Duration longestWait,
            @Value("${kinerja.security.sign-in-throttle.forget-after:15m}") Duration forgetAfter) {
        return new SignIn(
                authenticate,
                sessions,
                failures,
                transactions,
                new SignInThrottle(nameFreeFailures, nameFirstWait, longestWait, forgetAfter),
                new SignInThrottle(addressFreeFailures, addressFirstWait, longestWait, forgetAfter),
                clock);
    }

    @Singleton
    EndSessions endSessions(SessionVersions sessions, Transactions transactions) {
        return new EndSessions(sessions, transactions);
    }
}
