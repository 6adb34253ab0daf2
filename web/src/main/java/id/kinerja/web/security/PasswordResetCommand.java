package id.kinerja.web.security;

import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.user.EnsureInitialAdministrator;
import id.kinerja.domain.user.ResetPassword;
import id.kinerja.domain.user.Username;
import id.kinerja.http.problem.Messages;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code java -jar kinerja-web.jar reset-password [--user admin]}: sets a new password for an account on the
 * server itself, for when the administrator's password is lost. It opens the configured database (migrating it
 * as a start would), never the HTTP server, and reads the password from {@code KINERJA_NEW_PASSWORD} or else
 * from standard input, so that it appears neither in the command line nor in the shell's history. The password
 * policy is the domain's, as for every password; the account is enabled again.
 */
public final class PasswordResetCommand {
    public static final String NAME = "reset-password";
    public static final String PASSWORD_VARIABLE = "KINERJA_NEW_PASSWORD";
    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    private PasswordResetCommand() {}

    /**
     * Runs the command.
     *
     * @param arguments the command line after {@value #NAME}
     * @param fromInput reads the new password when the environment does not give it
     * @param properties configuration added to the application's (the tests name their database here)
     * @return the exit status: 0 done, 1 refused (policy, unknown account), 2 wrong usage
     */
    public static int run(
            List<String> arguments,
            Map<String, String> environment,
            Supplier<Optional<String>> fromInput,
            PrintStream out,
            Map<String, Object> properties,
            String... environments) {
        Optional<String> username = username(arguments);
        if (username.isEmpty()) {
            out.println("Pemakaian / usage: java -jar kinerja-web.jar " + NAME + " [--user <username>]"
                    + " (new password from " + PASSWORD_VARIABLE + " or standard input)");
            return USAGE;
        }
        Optional<String> password = Optional.ofNullable(environment.get(PASSWORD_VARIABLE))
                .filter(value -> !value.isEmpty())
                .or(fromInput);
        if (password.isEmpty()) {
            out.println("Tidak ada kata sandi baru / no new password: set " + PASSWORD_VARIABLE
                    + " or write it on standard input");
            return USAGE;
        }
        Map<String, Object> configuration = new HashMap<>();
        // Signs no token, but the security beans want a secret; a throw-away one keeps JwtSecret quiet.
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        configuration.put(JwtSecret.PROPERTY, Base64.getEncoder().encodeToString(secret));
        configuration.put("kinerja.demo-data.enabled", "false");
        configuration.putAll(properties);
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(configuration)
                .environments(environments)
                .start()) {
            try {
                context.getBean(ResetPassword.class).reset(new Username(username.get()), password.get());
            } catch (DomainException refused) {
                Messages.Bilingual message =
                        context.getBean(Messages.class).render(refused.code(), refused.arguments());
                out.println(message.id());
                out.println(message.en());
                return REFUSED;
            }
        }
        out.println("Kata sandi '" + username.get() + "' telah diganti; akun dapat masuk.");
        out.println("The password of '" + username.get() + "' was reset; the account may sign in.");
        return DONE;
    }

    private static Optional<String> username(List<String> arguments) {
        String username = EnsureInitialAdministrator.ADMIN.value();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--user") && i + 1 < arguments.size()) {
                username = arguments.get(++i);
            } else if (argument.startsWith("--user=")) {
                username = argument.substring("--user=".length());
            } else {
                return Optional.empty();
            }
        }
        return username.isBlank() ? Optional.empty() : Optional.of(username);
    }
}
