package id.kinerja.persistence.user;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRowRepository extends CrudRepository<UserRow, UUID> {
    Optional<UserRow> findByUsername(String username);

    Page<UserRow> findAll(Pageable pageable);

    List<UserRow> findByUsernameIn(Collection<String> usernames);
}
