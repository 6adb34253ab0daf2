package id.kinerja.persistence.survey;

import id.kinerja.domain.satisfaction.ElementTally;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceTally;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyImportId;
import id.kinerja.domain.survey.SurveyResponse;
import id.kinerja.domain.survey.SurveyResponses;
import id.kinerja.persistence.shared.ResponseRows;
import id.kinerja.persistence.shared.SqlStatements;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Responses one row each, one column per element ({@code u1…u14} in the methodology's order). They are
 * written in JDBC batches and read back only as sums computed by the database, one query per survey (the
 * recount that checks the tallies kept at import).
 */
@Singleton
class JdbcSurveyResponses implements SurveyResponses {
    static final int MAX_ELEMENTS = ResponseRows.MAX_ELEMENTS;
    private static final String ELEMENT_COLUMNS = ResponseRows.ELEMENT_COLUMNS;
    private static final String INSERT = "INSERT INTO survey_response (survey_id, service, respondent,"
            + " response_date, " + ResponseRows.SHARED_COLUMNS + ", import_id) VALUES ("
            + String.join(", ", java.util.Collections.nCopies(5 + ResponseRows.SHARED_COUNT, "?")) + ")";

    private static final String COPY = "COPY survey_response (survey_id, service, respondent, response_date, sex, age,"
            + " education, occupation, suggestion, " + ELEMENT_COLUMNS + ", import_id) FROM STDIN WITH (FORMAT binary)";

    private final SqlStatements sql;

    JdbcSurveyResponses(SqlStatements sql) {
        this.sql = sql;
    }

    /**
     * On PostgreSQL the batch goes through {@code COPY … FROM STDIN} in PostgreSQL's binary format, inside the
     * same transaction: forty times faster than batched inserts there, and the server parses no text (a
     * UUID, a date, fifteen small integers per row) — ADR 0032. Elsewhere (H2) through a JDBC batch.
     */
    @Override
    public void append(SurveyId survey, SurveyImportId from, List<SurveyResponse> batch) {
        sql.write(connection -> {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), survey, from, batch);
                return null;
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (SurveyResponse response : batch) {
                    bind(insert, survey, response);
                    insert.setObject(10 + MAX_ELEMENTS, from == null ? null : from.value(), Types.OTHER);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * On PostgreSQL one {@code COPY} for the whole import, opened at its first batch and fed batch by batch:
     * the server stores rows while the next batch is read and checked, instead of each side waiting for the
     * other (ADR 0032). Elsewhere a JDBC batch per batch, as {@link #append} does.
     */
    @Override
    public Appender appender(SurveyId survey, SurveyImportId from) {
        return new Appender() {
            private final BinaryRows rows = new BinaryRows(1 << 20);
            private CopyIn copy;
            private boolean finished;

            @Override
            public void append(List<SurveyResponse> batch) {
                if (copy == null) {
                    copy = sql.write(connection -> connection.isWrapperFor(PGConnection.class)
                            ? connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY)
                            : null);
                    if (copy == null) {
                        finished = true; // nothing to abandon: each batch is its own statement
                    }
                }
                if (copy == null) {
                    JdbcSurveyResponses.this.append(survey, from, batch);
                    return;
                }
                encode(rows, survey, from, batch);
                try {
                    copy.writeToCopy(rows.buffer(), 0, rows.length());
                } catch (SQLException e) {
                    throw new DataAccessException("COPY into survey_response failed", e);
                }
                rows.clear();
            }

            @Override
            public void finish() {
                if (copy != null && !finished) {
                    byte[] trailer = BinaryRows.trailer();
                    try {
                        copy.writeToCopy(trailer, 0, trailer.length);
                        copy.endCopy();
                    } catch (SQLException e) {
                        throw new DataAccessException("COPY into survey_response failed", e);
                    }
                }
                finished = true;
            }

            @Override
            public void close() {
                if (copy != null && !finished && copy.isActive()) {
                    try {
                        // the connection leaves COPY mode, so that the transaction can roll back
                        copy.cancelCopy();
                    } catch (SQLException abandoned) {
                        // the copy is given up anyway; the rollback that follows reports the connection's state
                    }
                }
            }
        };
    }

    private static void copy(PGConnection connection, SurveyId survey, SurveyImportId from, List<SurveyResponse> batch)
            throws SQLException {
        BinaryRows rows = new BinaryRows(batch.size() * 200);
        encode(rows, survey, from, batch);
        byte[] bytes = rows.end();
        try {
            connection.getCopyAPI().copyIn(COPY, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new SQLException("COPY into survey_response failed", e);
        }
    }

    private static void encode(BinaryRows rows, SurveyId survey, SurveyImportId from, List<SurveyResponse> batch) {
        for (SurveyResponse response : batch) {
            rows.row(10 + MAX_ELEMENTS);
            rows.uuid(survey.value());
            rows.text(response.service());
            rows.text(response.respondent());
            rows.date(response.date());
            rows.text(response.sex());
            rows.smallint(response.age() == null ? 0 : response.age());
            rows.text(response.education());
            rows.text(response.occupation());
            rows.text(response.suggestion());
            int[] answers = response.answers();
            for (int element = 0; element < MAX_ELEMENTS; element++) {
                rows.smallint(element < answers.length ? answers[element] : 0);
            }
            rows.uuid(from == null ? null : from.value());
        }
    }

    private static void bind(PreparedStatement insert, SurveyId survey, SurveyResponse response) throws SQLException {
        insert.setObject(1, survey.value());
        insert.setString(2, response.service());
        insert.setString(3, response.respondent());
        insert.setDate(4, response.date() == null ? null : Date.valueOf(response.date()));
        ResponseRows.bind(
                insert,
                5,
                response.sex(),
                response.age(),
                response.education(),
                response.occupation(),
                response.suggestion(),
                response.answers());
    }

    @Override
    public boolean anyStored(SurveyId survey) {
        return sql.query("SELECT 1 FROM survey_response WHERE survey_id = ? FETCH FIRST 1 ROWS ONLY", statement -> {
            statement.setObject(1, survey.value());
            try (ResultSet found = statement.executeQuery()) {
                return found.next();
            }
        });
    }

    @Override
    public void removeAll(SurveyId survey) {
        sql.write(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM survey_response WHERE survey_id = ?")) {
                delete.setObject(1, survey.value());
                return delete.executeUpdate();
            }
        });
    }

    @Override
    public List<ServiceTally> tally(SurveyId survey, Methodology methodology) {
        int elements = methodology.elements().size();
        String sums = IntStream.rangeClosed(1, elements)
                .mapToObj(i -> "SUM(u" + i + "), COUNT(u" + i + ")")
                .collect(Collectors.joining(", "));
        String select = "SELECT service, COUNT(*), " + sums + " FROM survey_response WHERE survey_id = ?"
                + " GROUP BY service ORDER BY MIN(id)";
        return sql.query(select, statement -> {
            statement.setObject(1, survey.value());
            List<ServiceTally> tallies = new ArrayList<>();
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    Map<String, ElementTally> byElement = new LinkedHashMap<>();
                    for (int e = 0; e < elements; e++) {
                        byElement.put(
                                methodology.elements().get(e).code(),
                                new ElementTally(found.getLong(3 + 2 * e), found.getLong(4 + 2 * e)));
                    }
                    tallies.add(new ServiceTally(found.getString(1), found.getLong(2), byElement));
                }
            }
            return tallies;
        });
    }
}
