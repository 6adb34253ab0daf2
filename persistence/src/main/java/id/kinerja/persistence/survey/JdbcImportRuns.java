package id.kinerja.persistence.survey;

import id.kinerja.domain.shared.RefusedFile.FileError;
import id.kinerja.domain.survey.ImportRun;
import id.kinerja.domain.survey.ImportRunId;
import id.kinerja.domain.survey.ImportRuns;
import id.kinerja.domain.survey.SurveyId;
import io.micronaut.data.jdbc.runtime.ConnectionCallback;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs in {@code survey_import_run}, each statement in a transaction of its own (REQUIRES_NEW, so on a second
 * connection while an import holds its own): progress commits at once and is seen by every node, while the
 * import's rows commit only at its end. Refusals keep their first errors in {@code survey_import_run_error}.
 */
@Singleton
class JdbcImportRuns implements ImportRuns {
    /** Separates a message's arguments in one column; no argument of a refusal holds it. */
    private static final String ARGUMENT_SEPARATOR = "\u001F";

    private static final String COLUMNS = "id, survey_id, started_by, file_name, state, rows_read, rows_refused,"
            + " bytes_read, bytes_total, cancel_requested, result_version, problem_code, started_at, updated_at,"
            + " finished_at";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    JdbcImportRuns(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    private <R> R apart(ConnectionCallback<R> work) {
        return transactions.execute(
                TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> jdbc.execute(work));
    }

    @Override
    public void start(ImportRun run) {
        apart(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO survey_import_run (id, survey_id,"
                    + " started_by, file_name, state, bytes_total, started_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, 'RUNNING', ?, ?, ?)")) {
                insert.setObject(1, run.id().value());
                insert.setObject(2, run.survey().value());
                insert.setString(3, run.startedBy());
                insert.setString(4, run.fileName().orElse(null));
                if (run.bytesTotal().isPresent()) {
                    insert.setLong(5, run.bytesTotal().getAsLong());
                } else {
                    insert.setNull(5, Types.BIGINT);
                }
                insert.setTimestamp(6, Timestamp.from(run.startedAt()));
                insert.setTimestamp(7, Timestamp.from(run.updatedAt()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public boolean progress(ImportRunId run, long rowsRead, long rowsRefused, long bytesRead, Instant at) {
        return apart(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE survey_import_run SET rows_read = ?,"
                    + " rows_refused = ?, bytes_read = ?, updated_at = ? WHERE id = ? AND state = 'RUNNING'")) {
                update.setLong(1, rowsRead);
                update.setLong(2, rowsRefused);
                update.setLong(3, bytesRead);
                update.setTimestamp(4, Timestamp.from(at));
                update.setObject(5, run.value());
                update.executeUpdate();
            }
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT cancel_requested FROM survey_import_run WHERE id = ?")) {
                select.setObject(1, run.value());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    @Override
    public void finish(
            ImportRunId run,
            ImportRun.State state,
            long rowsRead,
            long rowsRefused,
            Integer resultVersion,
            String problemCode,
            List<FileError> errors,
            Instant at) {
        apart(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE survey_import_run SET state = ?,"
                    + " rows_read = ?, rows_refused = ?, result_version = ?, problem_code = ?, updated_at = ?,"
                    + " finished_at = ?, bytes_read = CASE WHEN ? = 'DONE' THEN COALESCE(bytes_total, bytes_read)"
                    + " ELSE bytes_read END WHERE id = ?")) {
                update.setString(1, state.name());
                update.setLong(2, rowsRead);
                update.setLong(3, rowsRefused);
                if (resultVersion == null) {
                    update.setNull(4, Types.INTEGER);
                } else {
                    update.setInt(4, resultVersion);
                }
                update.setString(5, problemCode);
                update.setTimestamp(6, Timestamp.from(at));
                update.setTimestamp(7, Timestamp.from(at));
                update.setString(8, state.name());
                update.setObject(9, run.value());
                update.executeUpdate();
            }
            if (!errors.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO survey_import_run_error"
                                + " (run_id, ordinal, line, column_name, code, arguments, english) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < errors.size(); i++) {
                        FileError error = errors.get(i);
                        insert.setObject(1, run.value());
                        insert.setInt(2, i);
                        insert.setLong(3, error.row());
                        insert.setString(4, clip(error.column(), 500));
                        insert.setString(5, clip(error.code(), 100));
                        insert.setString(
                                6,
                                clip(
                                        error.arguments().stream()
                                                .map(String::valueOf)
                                                .collect(Collectors.joining(ARGUMENT_SEPARATOR)),
                                        4000));
                        insert.setString(7, clip(error.englishMessage(), 4000));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            return null;
        });
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    @Override
    public boolean requestCancel(ImportRunId run) {
        return apart(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE survey_import_run SET cancel_requested = TRUE WHERE id = ? AND state = 'RUNNING'")) {
                update.setObject(1, run.value());
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<ImportRun> find(ImportRunId run) {
        return apart(connection -> {
            List<ImportRun> found = select(connection, "WHERE id = ?", run.value(), 1);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    @Override
    public List<ImportRun> ofSurvey(SurveyId survey, int limit) {
        return apart(connection -> select(connection, "WHERE survey_id = ?", survey.value(), limit));
    }

    private static List<ImportRun> select(Connection connection, String where, UUID key, int limit)
            throws SQLException {
        List<ImportRun> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM survey_import_run "
                + where + " ORDER BY started_at DESC, id LIMIT " + limit)) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(toRun(connection, row));
                }
            }
        }
        return found;
    }

    private static ImportRun toRun(Connection connection, ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        long bytesTotal = row.getLong("bytes_total");
        boolean sized = !row.wasNull();
        int version = row.getInt("result_version");
        boolean versioned = !row.wasNull();
        Timestamp finished = row.getTimestamp("finished_at");
        return new ImportRun(
                new ImportRunId(id),
                new SurveyId(row.getObject("survey_id", UUID.class)),
                row.getString("started_by"),
                Optional.ofNullable(row.getString("file_name")),
                ImportRun.State.valueOf(row.getString("state")),
                row.getLong("rows_read"),
                row.getLong("rows_refused"),
                row.getLong("bytes_read"),
                sized ? OptionalLong.of(bytesTotal) : OptionalLong.empty(),
                row.getBoolean("cancel_requested"),
                versioned ? Optional.of(version) : Optional.empty(),
                Optional.ofNullable(row.getString("problem_code")),
                errors(connection, id),
                row.getTimestamp("started_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                Optional.ofNullable(finished).map(Timestamp::toInstant));
    }

    private static List<FileError> errors(Connection connection, UUID run) throws SQLException {
        List<FileError> errors = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT line, column_name, code, arguments, english"
                + " FROM survey_import_run_error WHERE run_id = ? ORDER BY ordinal")) {
            select.setObject(1, run);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String arguments = row.getString(4);
                    List<Object> values = arguments.isEmpty()
                            ? List.of()
                            : Arrays.<Object>asList((Object[]) arguments.split(ARGUMENT_SEPARATOR, -1));
                    errors.add(new FileError(
                            row.getLong(1), row.getString(2), row.getString(3), values, row.getString(5)));
                }
            }
        }
        return errors;
    }
}
