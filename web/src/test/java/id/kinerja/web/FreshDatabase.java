package id.kinerja.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An empty database of this run's kind for a second application context: a new in-memory H2 database, or a
 * new database on the run's PostgreSQL server (whose address the test session put in the system properties).
 */
final class FreshDatabase {
    private FreshDatabase() {}

    /** The data source properties of a new, empty database, plus a random HTTP port. */
    static Map<String, Object> create(String prefix) {
        String name =
                prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String run = System.getProperty("datasources.default.url", "");
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        if (run.startsWith("jdbc:postgresql:")) {
            String user = System.getProperty("datasources.default.username");
            String password = System.getProperty("datasources.default.password");
            try (Connection connection = DriverManager.getConnection(run, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the database " + name, e);
            }
            int query = run.indexOf('?');
            String base = query < 0 ? run : run.substring(0, query);
            String parameters = query < 0 ? "" : run.substring(query);
            properties.put("datasources.default.url", base.substring(0, base.lastIndexOf('/') + 1) + name + parameters);
            properties.put("datasources.default.username", user);
            properties.put("datasources.default.password", password);
            properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        } else {
            properties.putAll(h2(name));
        }
        return properties;
    }

    /** A new in-memory H2 database, whatever database this run uses. */
    static Map<String, Object> h2(String name) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put(
                "datasources.default.url",
                "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "DB_CLOSE_DELAY=-1");
        properties.put("datasources.default.username", "sa");
        properties.put("datasources.default.password", "");
        properties.put("datasources.default.driver-class-name", "org.h2.Driver");
        return properties;
    }
}
