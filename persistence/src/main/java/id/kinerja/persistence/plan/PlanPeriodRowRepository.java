package id.kinerja.persistence.plan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanPeriodRowRepository extends CrudRepository<PlanPeriodRow, UUID> {
    List<PlanPeriodRow> findByUnitIdOrderByFirstYear(UUID unitId);

    List<PlanPeriodRow> listOrderByFirstYearAndName();

    List<PlanPeriodRow> findByUnitIdInOrderByFirstYear(Collection<UUID> unitIds);

    List<PlanPeriodRow> findByIdIn(Collection<UUID> ids);
}
