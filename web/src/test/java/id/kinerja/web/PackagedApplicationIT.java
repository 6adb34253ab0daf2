package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The jar the README tells people to run, started as they would start it: {@code java -jar} in a fresh
 * directory, configured only through environment variables. Catches what in-process tests cannot, such as
 * a dependency missing from the packaged class path.
 */
class PackagedApplicationIT {
    private Process application;

    @AfterEach
    void stop() throws InterruptedException {
        if (application != null) {
            application.destroy();
            application.waitFor();
        }
    }

    @Test
    void theFatJarStartsServesTheDemoDecreeAndSignsInTheConfiguredAdministrator() throws Exception {
        Path directory = Files.createTempDirectory("kinerja-jar");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "MICRONAUT_SERVER_PORT",
                Integer.toString(port),
                "KINERJA_ADMIN_PASSWORD",
                ApiClient.ADMIN_PASSWORD,
                "KINERJA_JWT_SECRET",
                "packaged-application-test-secret-of-enough-length"));
        String database = System.getProperty("datasources.default.url");
        if (database != null && database.startsWith("jdbc:postgresql:")) {
            environment.put("KINERJA_JDBC_URL", database);
            environment.put("KINERJA_JDBC_USER", System.getProperty("datasources.default.username"));
            environment.put("KINERJA_JDBC_PASSWORD", System.getProperty("datasources.default.password"));
        }
        ProcessBuilder launch = new ProcessBuilder(javaExecutable(), "-jar", fatJar().toString())
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("out.log").toFile());
        launch.environment().putAll(environment);
        application = launch.start();

        ApiClient api = new ApiClient(URI.create("http://127.0.0.1:" + port));
        awaitHealthy(api, directory.resolve("out.log"));
        String token = api.adminToken();

        // looked for among the first 200: on a database the other tests share it is not the newest decree
        assertThat(api.seedDecree(token).path("number").asText()).isEqualTo("017.1/RO-UM/2024");
        if (database == null || !database.startsWith("jdbc:postgresql:")) {
            assertThat(directory.resolve("data"))
                    .as("H2 keeps its file under ./data")
                    .isDirectory();
        }
    }

    private void awaitHealthy(ApiClient api, Path log) throws IOException, InterruptedException {
        // a deadline against a hang, not a speed test: a loaded 2-core CI machine has taken over 60 s to start the jar
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            assertThat(application.isAlive())
                    .as("the application stopped:%n%s", Files.readString(log))
                    .isTrue();
            try {
                if (api.get("/health", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // the port is not open yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no healthy answer within 180 s:\n" + Files.readString(log));
    }

    private static Path fatJar() {
        File[] jars = new File("target")
                .listFiles((dir, name) ->
                        name.startsWith("kinerja-web-") && name.endsWith(".jar") && !name.startsWith("original-"));
        assertThat(jars).as("run after 'package': the fat jar in target/").isNotEmpty();
        return Arrays.stream(jars).findFirst().orElseThrow().toPath().toAbsolutePath();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
