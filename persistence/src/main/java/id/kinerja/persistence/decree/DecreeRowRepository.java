package id.kinerja.persistence.decree;

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
interface DecreeRowRepository extends CrudRepository<DecreeRow, UUID> {
    boolean existsByIssuingUnitIdAndDecreeNumber(UUID issuingUnitId, String decreeNumber);

    /** Newest first: the column is set by the database, so the row type does not carry it. */
    @Query(
            value = "SELECT * FROM decree ORDER BY created_at DESC, decree_number",
            countQuery = "SELECT COUNT(*) FROM decree")
    Page<DecreeRow> listNewestFirst(Pageable pageable);

    List<DecreeRow> findByRelatedDecreeId(UUID relatedDecreeId);

    List<DecreeRow> findByIdIn(Collection<UUID> ids);
}
