package id.kinerja.persistence.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SurveyRowRepository extends CrudRepository<SurveyRow, UUID> {
    @Query(
            value = "SELECT * FROM survey ORDER BY survey_year DESC, created_at DESC",
            countQuery = "SELECT COUNT(*) FROM survey")
    Page<SurveyRow> listNewestFirst(Pageable pageable);
}
