package id.kinerja.persistence.organization;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganizationUnitRowRepository extends CrudRepository<OrganizationUnitRow, UUID> {
    Page<OrganizationUnitRow> findAll(Pageable pageable);

    List<OrganizationUnitRow> findByIdIn(Collection<UUID> ids);
}
