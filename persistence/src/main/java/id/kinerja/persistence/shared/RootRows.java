package id.kinerja.persistence.shared;

import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.StaleVersion;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.repository.CrudRepository;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Writes an aggregate's root row: an insert when it is new, otherwise an update that only succeeds if the
 * stored version is the one the aggregate was read with. Constraint violations become domain conflicts, so
 * that a race the use case could not see still answers 409 and not 500.
 */
public final class RootRows {
    private RootRows() {}

    public static <R> R write(CrudRepository<R, UUID> repository, UUID id, R row, String what, long expectedVersion) {
        try {
            if (repository.existsById(id)) {
                return repository.update(row);
            }
            return repository.save(row);
        } catch (OptimisticLockException e) {
            throw StaleVersion.raced(what, id, expectedVersion);
        } catch (DataAccessException e) {
            throw asConflict(e, what);
        }
    }

    /** A unique or foreign-key violation found by the database, as a conflict; anything else unchanged. */
    public static RuntimeException asConflict(RuntimeException e, String what) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return new ConflictingState(
                        "constraint.violated", null, what + " conflicts with stored data: " + sql.getMessage(), what);
            }
        }
        return e;
    }
}
