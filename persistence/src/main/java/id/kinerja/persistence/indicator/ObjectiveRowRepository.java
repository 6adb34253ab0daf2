package id.kinerja.persistence.indicator;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ObjectiveRowRepository extends CrudRepository<ObjectiveRow, UUID> {
    List<ObjectiveRow> findByDecreeIdOrderByCode(UUID decreeId);

    List<ObjectiveRow> findByUnitIdOrderByDecreeIdAndCode(UUID unitId);

    List<ObjectiveRow> findByUnitIdInOrderByUnitIdAndDecreeIdAndCode(Collection<UUID> unitIds);
}
