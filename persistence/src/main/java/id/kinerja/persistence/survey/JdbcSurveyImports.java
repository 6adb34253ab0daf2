package id.kinerja.persistence.survey;

import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyImport;
import id.kinerja.domain.survey.SurveyImportId;
import id.kinerja.domain.survey.SurveyImports;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports in {@code survey_import}; a survey's stored responses name their import. A stored import keeps
 * its checksum in {@code stored_sha256} too, whose unique key with the survey backs the refusal of a file
 * imported twice even if the survey's row lock were bypassed (ADR 0017).
 */
@Singleton
class JdbcSurveyImports implements SurveyImports {
    private static final String COLUMNS =
            "i.id, i.survey_id, i.file_name, i.sha256, i.rows_stored, i.result_version, i.imported_at";

    private final SqlStatements sql;

    JdbcSurveyImports(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public void holdSurvey(SurveyId survey) {
        // a row lock on the survey (SELECT … FOR UPDATE, the same on H2 and PostgreSQL) until the transaction ends
        sql.write(connection -> {
            try (PreparedStatement lock =
                    connection.prepareStatement("SELECT id FROM survey WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, survey.value());
                try (ResultSet locked = lock.executeQuery()) {
                    return locked.next();
                }
            }
        });
    }

    @Override
    public void begin(SurveyImport started) {
        sql.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO survey_import (id, survey_id,"
                            + " file_name, sha256, rows_stored, result_version, imported_at) VALUES (?, ?, ?, NULL, 0, 0, ?)")) {
                insert.setObject(1, started.id().value());
                insert.setObject(2, started.survey().value());
                insert.setString(3, started.fileName().orElse(null));
                insert.setTimestamp(4, Timestamp.from(started.importedAt()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public void finish(SurveyImport finished) {
        try {
            sql.write(connection -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE survey_import SET sha256 = ?,"
                        + " stored_sha256 = ?, rows_stored = ?, result_version = ? WHERE id = ?")) {
                    update.setString(1, finished.sha256().orElse(null));
                    update.setString(2, finished.sha256().orElse(null));
                    update.setLong(3, finished.rows());
                    update.setInt(4, finished.resultVersion());
                    update.setObject(5, finished.id().value());
                    return update.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            throw RootRows.asConflict(e, "survey import");
        }
    }

    @Override
    public Optional<SurveyImport> storedWithChecksum(SurveyId survey, String sha256) {
        return sql.query(
                "SELECT " + COLUMNS + " FROM survey_import i WHERE i.survey_id = ? AND i.stored_sha256 = ?",
                statement -> {
                    statement.setObject(1, survey.value());
                    statement.setString(2, sha256);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(toImport(row, 1)) : Optional.empty();
                    }
                });
    }

    @Override
    public Optional<StoredRespondent> storedRespondent(SurveyId survey, Collection<String> respondents) {
        if (respondents.isEmpty()) {
            return Optional.empty();
        }
        String[] ids = respondents.toArray(String[]::new);
        // one array parameter for the whole batch of respondent ids
        return sql.query(
                "SELECT r.respondent, " + COLUMNS + " FROM survey_response r"
                        + " LEFT JOIN survey_import i ON i.id = r.import_id"
                        + " WHERE r.survey_id = ? AND r.respondent = ANY (?) ORDER BY r.id LIMIT 1",
                statement -> {
                    statement.setObject(1, survey.value());
                    statement.setArray(2, statement.getConnection().createArrayOf("varchar", ids));
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        Optional<SurveyImport> by =
                                row.getObject(2) == null ? Optional.empty() : Optional.of(toImport(row, 2));
                        return Optional.of(new StoredRespondent(row.getString(1), by));
                    }
                });
    }

    @Override
    public Optional<StoredRespondent> respondentStoredBefore(SurveyId survey, SurveyImportId imported) {
        // the import's rows against the survey's other rows by the (survey, respondent) index, in one statement
        return sql.query(
                "SELECT r.respondent, " + COLUMNS + " FROM survey_response n"
                        + " JOIN survey_response r ON r.survey_id = n.survey_id AND r.respondent = n.respondent"
                        + " AND (r.import_id IS NULL OR r.import_id <> n.import_id)"
                        + " LEFT JOIN survey_import i ON i.id = r.import_id"
                        + " WHERE n.survey_id = ? AND n.import_id = ? ORDER BY n.id, r.id FETCH FIRST 1 ROWS ONLY",
                statement -> {
                    statement.setObject(1, survey.value());
                    statement.setObject(2, imported.value());
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        Optional<SurveyImport> by =
                                row.getObject(2) == null ? Optional.empty() : Optional.of(toImport(row, 2));
                        return Optional.of(new StoredRespondent(row.getString(1), by));
                    }
                });
    }

    @Override
    public void replaceAll(SurveyId survey) {
        sql.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE survey_import SET stored_sha256 = NULL WHERE survey_id = ? AND stored_sha256 IS NOT NULL")) {
                update.setObject(1, survey.value());
                return update.executeUpdate();
            }
        });
    }

    private static SurveyImport toImport(ResultSet row, int from) throws SQLException {
        return new SurveyImport(
                new SurveyImportId(row.getObject(from, UUID.class)),
                new SurveyId(row.getObject(from + 1, UUID.class)),
                Optional.ofNullable(row.getString(from + 2)),
                Optional.ofNullable(row.getString(from + 3)),
                row.getLong(from + 4),
                row.getInt(from + 5),
                row.getTimestamp(from + 6).toInstant());
    }
}
