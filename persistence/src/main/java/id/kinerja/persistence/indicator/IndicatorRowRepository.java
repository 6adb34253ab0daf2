package id.kinerja.persistence.indicator;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface IndicatorRowRepository extends CrudRepository<IndicatorRow, UUID> {
    List<IndicatorRow> findByDecreeId(UUID decreeId);

    List<IndicatorRow> findByDecreeIdIn(Collection<UUID> decreeIds);

    /** Grouped by decree and objective, so that a page reads like the annexes it comes from. */
    @Query(
            value = "SELECT i.* FROM indicator i JOIN objective o ON o.id = i.objective_id"
                    + " ORDER BY i.decree_id, o.code, i.code, i.id",
            countQuery = "SELECT COUNT(*) FROM indicator")
    Page<IndicatorRow> listInAnnexOrder(Pageable pageable);
}
