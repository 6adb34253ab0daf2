package id.kinerja.web;

import id.kinerja.web.security.JwtSecret;
import id.kinerja.web.security.PasswordResetCommand;
import io.micronaut.runtime.Micronaut;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Kinerja: embedded H2 under ./data unless KINERJA_JDBC_URL names another database. With the first
 * argument {@code reset-password} it resets a password instead, without starting the HTTP server.
 */
public class Application {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(PasswordResetCommand.NAME)) {
            System.exit(PasswordResetCommand.run(
                    Arrays.asList(args).subList(1, args.length),
                    System.getenv(),
                    Application::passwordFromInput,
                    System.out,
                    Map.of()));
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(JwtSecret.fromEnvironment(System.getenv()).asProperties())
                .start();
    }

    /** From the terminal without echo, or the first line of standard input when it is piped. */
    private static Optional<String> passwordFromInput() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Kata sandi baru / new password: ");
            return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed));
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? Optional.empty() : Optional.of(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
