package id.kinerja.persistence.questionnaire;

import id.kinerja.domain.questionnaire.CollectionClosure;
import id.kinerja.domain.questionnaire.OnlineAnswer;
import id.kinerja.domain.questionnaire.OnlineAnswers;
import id.kinerja.domain.questionnaire.QuestionnaireCode;
import id.kinerja.domain.satisfaction.ElementTally;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceTally;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.persistence.shared.ResponseRows;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.postgresql.PGConnection;

/**
 * Answers in {@code questionnaire_answer}, one row each, taken with one statement: the answer is inserted from its
 * link's row while the link is open, locking that row ({@code INSERT … SELECT … FROM questionnaire_link WHERE code
 * = ? AND open FOR SHARE}). A closing's {@code UPDATE} of the link waits for the answers being taken, and answers
 * taken after it find the link closed, so an answer is either in before the collection closes and carried into its
 * result, or refused after it (ADR 0030). The lock is shared on PostgreSQL, so answers to one service do not wait
 * for each other's commits; H2 knows no shared row lock ({@code FOR UPDATE} there). A visit that answered already is
 * the unique key's conflict, not a look-up first; only when no row was inserted does a second look tell why.
 */
@Singleton
class JdbcOnlineAnswers implements OnlineAnswers {
    private static final String ELEMENT_COLUMNS = ResponseRows.ELEMENT_COLUMNS;
    private static final String INSERT_FROM_OPEN_LINK = "INSERT INTO questionnaire_answer (visit_key, submitted_at,"
            + " survey_id, service, " + ResponseRows.SHARED_COLUMNS + ")"
            + " SELECT ?, ?, l.survey_id, l.service, "
            + String.join(", ", Collections.nCopies(ResponseRows.SHARED_COUNT, "?"))
            + " FROM questionnaire_link l WHERE l.code = ? AND l.open";

    private final SqlStatements sql;

    JdbcOnlineAnswers(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public Taken take(QuestionnaireCode code, OnlineAnswer answer) {
        return sql.write(connection -> {
            boolean postgresql = connection.isWrapperFor(PGConnection.class);
            try (PreparedStatement insert = connection.prepareStatement(
                    INSERT_FROM_OPEN_LINK + (postgresql ? " FOR SHARE" : " FOR UPDATE") + " ON CONFLICT DO NOTHING")) {
                insert.setString(1, answer.visitKey());
                insert.setTimestamp(2, Timestamp.from(answer.submittedAt()));
                int next = ResponseRows.bind(
                        insert,
                        3,
                        answer.sex(),
                        answer.age(),
                        answer.education(),
                        answer.occupation(),
                        answer.suggestion(),
                        answer.answers());
                insert.setString(next, code.value());
                if (insert.executeUpdate() == 1) {
                    return Taken.STORED;
                }
            }
            try (PreparedStatement open =
                    connection.prepareStatement("SELECT 1 FROM questionnaire_link WHERE code = ? AND open")) {
                open.setString(1, code.value());
                try (ResultSet row = open.executeQuery()) {
                    return row.next() ? Taken.ALREADY_ANSWERED : Taken.COLLECTION_CLOSED;
                }
            }
        });
    }

    @Override
    public List<ServiceTally> pendingTallies(SurveyId survey, Methodology methodology) {
        int elements = methodology.elements().size();
        String sums = IntStream.rangeClosed(1, elements)
                .mapToObj(i -> "SUM(u" + i + "), COUNT(u" + i + ")")
                .collect(Collectors.joining(", "));
        return sql.query(
                "SELECT service, COUNT(*), " + sums + " FROM questionnaire_answer"
                        + " WHERE survey_id = ? AND result_version IS NULL GROUP BY service ORDER BY MIN(id)",
                statement -> {
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

    @Override
    public boolean closeLinks(SurveyId survey) {
        return sql.write(connection -> {
            try (PreparedStatement close = connection.prepareStatement(
                    "UPDATE questionnaire_link SET open = FALSE WHERE survey_id = ? AND open")) {
                close.setObject(1, survey.value());
                return close.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<OnlineAnswer> pending(SurveyId survey, int elements) {
        return sql.query(
                "SELECT id, service, visit_key, submitted_at, sex, age, education, occupation, suggestion, "
                        + ELEMENT_COLUMNS
                        + " FROM questionnaire_answer WHERE survey_id = ? AND result_version IS NULL ORDER BY id",
                statement -> {
                    statement.setObject(1, survey.value());
                    List<OnlineAnswer> answers = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            int[] given = new int[elements];
                            for (int e = 0; e < elements; e++) {
                                given[e] = row.getShort(10 + e);
                            }
                            short ageRead = row.getShort(6);
                            // wasNull speaks of the last column read: ask it before any other is
                            Integer age = row.wasNull() ? null : (int) ageRead;
                            answers.add(new OnlineAnswer(
                                    row.getLong(1),
                                    row.getString(2),
                                    row.getString(3),
                                    row.getTimestamp(4).toInstant(),
                                    row.getString(5),
                                    age,
                                    row.getString(7),
                                    row.getString(8),
                                    given,
                                    row.getString(9)));
                        }
                    }
                    return answers;
                });
    }

    @Override
    public void carried(SurveyId survey, int resultVersion) {
        sql.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE questionnaire_answer"
                    + " SET result_version = ? WHERE survey_id = ? AND result_version IS NULL")) {
                update.setInt(1, resultVersion);
                update.setObject(2, survey.value());
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void recordClosure(CollectionClosure closure) {
        sql.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO questionnaire_collection"
                    + " (survey_id, closed_at, closed_by, answers, first_answer_at, last_answer_at, result_version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, closure.survey().value());
                insert.setTimestamp(2, Timestamp.from(closure.closedAt()));
                insert.setString(3, closure.closedBy());
                insert.setLong(4, closure.answers());
                insert.setTimestamp(
                        5, closure.firstAnswerAt().map(Timestamp::from).orElse(null));
                insert.setTimestamp(
                        6, closure.lastAnswerAt().map(Timestamp::from).orElse(null));
                if (closure.resultVersion().isPresent()) {
                    insert.setInt(7, closure.resultVersion().get());
                } else {
                    insert.setNull(7, Types.INTEGER);
                }
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<CollectionClosure> closure(SurveyId survey) {
        return sql.query(
                "SELECT closed_at, closed_by, answers, first_answer_at, last_answer_at, result_version"
                        + " FROM questionnaire_collection WHERE survey_id = ?",
                statement -> {
                    statement.setObject(1, survey.value());
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        int version = row.getInt(6);
                        Optional<Integer> resultVersion = row.wasNull() ? Optional.empty() : Optional.of(version);
                        return Optional.of(new CollectionClosure(
                                survey,
                                row.getTimestamp(1).toInstant(),
                                row.getString(2),
                                row.getLong(3),
                                Optional.ofNullable(row.getTimestamp(4)).map(Timestamp::toInstant),
                                Optional.ofNullable(row.getTimestamp(5)).map(Timestamp::toInstant),
                                resultVersion));
                    }
                });
    }
}
