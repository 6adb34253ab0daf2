package id.kinerja.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the database of a test run before any test starts. With {@code -Dkinerja.test.database=postgresql}
 * (the failsafe execution "postgresql") it points the data source at a real PostgreSQL server: the one named
 * by {@code KINERJA_TEST_JDBC_URL} (with {@code _USER} and {@code _PASSWORD}), or else one started from the
 * PostgreSQL binaries on Maven Central for the length of the run. Otherwise the tests' configuration keeps
 * embedded H2.
 */
public class TestDatabaseSession implements LauncherSessionListener {
    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgresql".equals(System.getProperty("kinerja.test.database"))) {
            return;
        }
        String url = System.getenv("KINERJA_TEST_JDBC_URL");
        String user = System.getenv().getOrDefault("KINERJA_TEST_JDBC_USER", "postgres");
        String password = System.getenv().getOrDefault("KINERJA_TEST_JDBC_PASSWORD", "postgres");
        if (url == null || url.isBlank()) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
            }
            url = postgres.getJdbcUrl("postgres", "postgres");
        }
        System.setProperty("datasources.default.url", url);
        System.setProperty("datasources.default.username", user);
        System.setProperty("datasources.default.password", password);
        System.setProperty("datasources.default.driver-class-name", "org.postgresql.Driver");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
