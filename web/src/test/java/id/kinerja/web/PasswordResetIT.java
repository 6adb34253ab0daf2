package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.user.PasswordPolicy;
import id.kinerja.web.security.PasswordResetCommand;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The operator's way back in: {@code reset-password} run against this run's kind of database sets a new
 * password under the domain's policy, enables the account again, and the new password then signs in through
 * the API while the old one no longer does.
 */
class PasswordResetIT {
    private static final String NEW_PASSWORD = "kata-sandi-baru-yang-cukup-panjang";

    private record Run(int status, String output) {}

    private static Run reset(
            Map<String, Object> database,
            List<String> arguments,
            Map<String, String> environment,
            Optional<String> typed) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = PasswordResetCommand.run(arguments, environment, () -> typed, out, database, "test");
        }
        return new Run(status, output.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLostAdministratorPasswordIsResetOnTheServerAndSignsIn() {
        Map<String, Object> database = FreshDatabase.create("password_reset");
        database.put("kinerja.demo-data.enabled", "false");
        String disabledUser;
        String disabledPassword;
        EmbeddedServer before = ApplicationContext.run(EmbeddedServer.class, database, "test");
        try (ApplicationContext context = before.getApplicationContext()) {
            ApiClient api = new ApiClient(before.getURI());
            ApiClient.Person planner = api.newUser("PLANNER");
            JsonNode account = StreamOf.items(
                            api.get("/api/v1/users?size=200", api.adminToken()).json())
                    .filter(user -> user.path("username").asText().equals(planner.username()))
                    .findFirst()
                    .orElseThrow();
            ApiClient.Answer disabled = api.put(
                    "/api/v1/users/" + account.path("id").asText(),
                    api.adminToken(),
                    "{\"version\":" + account.path("version").asLong() + ",\"displayName\":\"Perencana\","
                            + "\"roles\":[\"PLANNER\"],\"active\":false}");
            assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
            disabledUser = planner.username();
            disabledPassword = planner.password();
        }

        Run tooShort = reset(database, List.of("--user", "admin"), Map.of(), Optional.of("pendek"));
        assertThat(tooShort.status()).isEqualTo(1);
        assertThat(tooShort.output()).contains(String.valueOf(PasswordPolicy.MIN_LENGTH));
        Run nobody = reset(database, List.of("--user", "tidak-ada"), Map.of(), Optional.of(NEW_PASSWORD));
        assertThat(nobody.status()).isEqualTo(1);
        Run usage = reset(database, List.of("--pengguna", "admin"), Map.of(), Optional.of(NEW_PASSWORD));
        assertThat(usage.status()).isEqualTo(2);
        Run fromEnvironment = reset(
                database,
                List.of("--user", "admin"),
                Map.of(PasswordResetCommand.PASSWORD_VARIABLE, NEW_PASSWORD),
                Optional.empty());
        assertThat(fromEnvironment.status()).as(fromEnvironment.output()).isZero();
        assertThat(fromEnvironment.output()).contains("admin");
        Run fromInput = reset(database, List.of("--user=" + disabledUser), Map.of(), Optional.of(NEW_PASSWORD));
        assertThat(fromInput.status()).as(fromInput.output()).isZero();

        EmbeddedServer after = ApplicationContext.run(EmbeddedServer.class, database, "test");
        try (ApplicationContext context = after.getApplicationContext()) {
            ApiClient api = new ApiClient(after.getURI());
            api.post(
                            "/api/v1/auth/token",
                            null,
                            "{\"username\":\"admin\",\"password\":\"" + ApiClient.ADMIN_PASSWORD + "\"}")
                    .problem(401, "auth.bad-credentials");
            String admin = api.token("admin", NEW_PASSWORD);
            assertThat(api.get("/api/v1/users", admin).status()).isEqualTo(200);
            api.post(
                            "/api/v1/auth/token",
                            null,
                            "{\"username\":\"" + disabledUser + "\",\"password\":\"" + disabledPassword + "\"}")
                    .problem(401, "auth.bad-credentials");
            assertThat(api.get("/api/v1/auth/me", api.token(disabledUser, NEW_PASSWORD))
                            .json()
                            .path("username")
                            .asText())
                    .isEqualTo(disabledUser);
        }
    }

    /** The items of a page answer as a stream. */
    private static final class StreamOf {
        static java.util.stream.Stream<JsonNode> items(JsonNode page) {
            return java.util.stream.StreamSupport.stream(page.path("items").spliterator(), false);
        }
    }
}
