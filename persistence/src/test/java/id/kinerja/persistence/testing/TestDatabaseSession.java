package id.kinerja.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the database of a test run before any test starts. With {@code -Dkinerja.test.database=postgresql}
 * (the failsafe execution "postgresql") it points the data source at a fresh database on a real PostgreSQL
 * server: on the server named by {@code KINERJA_TEST_JDBC_URL} (with {@code _USER} and {@code _PASSWORD}),
 * in a database created for this run and dropped after it, or else on a server started from the PostgreSQL
 * binaries on Maven Central for the length of the run. Otherwise the tests' configuration keeps H2.
 */
public class TestDatabaseSession implements LauncherSessionListener {
    private EmbeddedPostgres embedded;
    private Runnable dropDatabase = () -> {};

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgresql".equals(System.getProperty("kinerja.test.database"))) {
            return;
        }
        String server = System.getenv("KINERJA_TEST_JDBC_URL");
        String user = System.getenv().getOrDefault("KINERJA_TEST_JDBC_USER", "postgres");
        String password = System.getenv().getOrDefault("KINERJA_TEST_JDBC_PASSWORD", "postgres");
        String url = server == null || server.isBlank() ? startEmbedded() : freshDatabaseOn(server, user, password);
        System.setProperty("datasources.default.url", url);
        System.setProperty("datasources.default.username", user);
        System.setProperty("datasources.default.password", password);
        System.setProperty("datasources.default.driver-class-name", "org.postgresql.Driver");
    }

    private String startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    /** Each test JVM gets its own database, so that modules do not see each other's rows. */
    private String freshDatabaseOn(String serverUrl, String user, String password) {
        String name = "kinerja_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(serverUrl, user, password, "CREATE DATABASE " + name);
        dropDatabase = () -> execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        int query = serverUrl.indexOf('?');
        String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String parameters = query < 0 ? "" : serverUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + parameters;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + url, e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        dropDatabase.run();
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
