package bench;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The required stack and nothing else: a table created at start (as Kinerja's migrations open its database), a
 * repository, a route that needs a token, and an anonymous /health like Kinerja's.
 */
@Controller
public class FixedStackApplication {
    public static void main(String[] args) {
        Micronaut.run(FixedStackApplication.class, args);
    }

    @MappedEntity("unit")
    public record Unit(@Id Long id, String name) {}

    @JdbcRepository(dialect = Dialect.H2)
    public interface Units extends CrudRepository<Unit, Long> {}

    /** Opens the database at start, as Kinerja does; creates the one table when it is missing. */
    @Singleton
    static class Schema {
        private final JdbcOperations jdbc;

        Schema(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @EventListener
        @Transactional
        void onStartup(StartupEvent event) {
            jdbc.execute(connection -> connection
                    .createStatement()
                    .execute("CREATE TABLE IF NOT EXISTS unit (id BIGINT PRIMARY KEY, name VARCHAR(200))"));
        }
    }

    private final Units units;

    FixedStackApplication(Units units) {
        this.units = units;
    }

    @Get("/health")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }

    @Get("/units")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Iterable<Unit> units() {
        return units.findAll();
    }
}
