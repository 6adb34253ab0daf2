package id.kinerja.persistence.survey;

import id.kinerja.domain.satisfaction.ReportRounding;
import id.kinerja.domain.survey.ReportedSurveyResult;
import id.kinerja.domain.survey.ReportedSurveyResults;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reported result versions with their elements and report file (V27); decimals keep their written scale. */
@Singleton
class JdbcReportedSurveyResults implements ReportedSurveyResults {
    private final SqlStatements sql;

    JdbcReportedSurveyResults(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(ReportedSurveyResult result, byte[] report) {
        sql.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO survey_reported_result"
                    + " (survey_id, version, report_title, rounding, printed_index, printed_index_scale,"
                    + " respondents, file_name, media_type, size_bytes, sha256, content, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, result.survey().value());
                insert.setInt(2, result.version());
                insert.setString(3, result.reportTitle());
                insert.setString(4, result.rounding().name());
                insert.setBigDecimal(5, result.printedIndex().orElse(null));
                if (result.printedIndex().isPresent()) {
                    insert.setInt(6, result.printedIndex().get().scale());
                } else {
                    insert.setNull(6, Types.SMALLINT);
                }
                insert.setObject(7, result.respondents().orElse(null));
                insert.setString(8, result.report().fileName());
                insert.setString(9, result.report().mediaType());
                insert.setLong(10, result.report().size());
                insert.setString(11, result.report().sha256());
                insert.setBytes(12, report);
                insert.setString(13, result.recordedBy());
                insert.setTimestamp(14, Timestamp.from(result.recordedAt()));
                insert.executeUpdate();
            }
            try (PreparedStatement elements = connection.prepareStatement("INSERT INTO survey_reported_element"
                    + " (survey_id, version, element_code, nrr, nrr_scale) VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, BigDecimal> element :
                        result.elementNrrs().entrySet()) {
                    elements.setObject(1, result.survey().value());
                    elements.setInt(2, result.version());
                    elements.setString(3, element.getKey());
                    elements.setBigDecimal(4, element.getValue());
                    elements.setInt(5, element.getValue().scale());
                    elements.addBatch();
                }
                elements.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<ReportedSurveyResult> find(SurveyId survey, int version) {
        Map<String, BigDecimal> nrrs = sql.query(
                "SELECT element_code, nrr, nrr_scale FROM survey_reported_element WHERE survey_id = ? AND version = ?",
                statement -> {
                    statement.setObject(1, survey.value());
                    statement.setInt(2, version);
                    Map<String, BigDecimal> found = new LinkedHashMap<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getString(1), rows.getBigDecimal(2).setScale(rows.getInt(3)));
                        }
                    }
                    return found;
                });
        return sql.query(
                "SELECT report_title, rounding, printed_index, printed_index_scale, respondents, file_name,"
                        + " media_type, size_bytes, sha256, recorded_by, recorded_at FROM survey_reported_result"
                        + " WHERE survey_id = ? AND version = ?",
                statement -> {
                    statement.setObject(1, survey.value());
                    statement.setInt(2, version);
                    try (ResultSet row = statement.executeQuery()) {
                        if (!row.next()) {
                            return Optional.empty();
                        }
                        BigDecimal printed = row.getBigDecimal(3) == null
                                ? null
                                : row.getBigDecimal(3).setScale(row.getInt(4));
                        return Optional.of(new ReportedSurveyResult(
                                survey,
                                version,
                                row.getString(1),
                                ReportRounding.valueOf(row.getString(2)),
                                ordered(nrrs),
                                Optional.ofNullable(printed),
                                Optional.ofNullable(row.getObject(5) == null ? null : row.getLong(5)),
                                new ReportedSurveyResult.ReportFile(
                                        row.getString(6), row.getString(7), row.getLong(8), row.getString(9)),
                                row.getString(10),
                                row.getTimestamp(11).toInstant()));
                    }
                });
    }

    /** Element codes in their definition order (U2 before U10), whatever order the database returns. */
    private static Map<String, BigDecimal> ordered(Map<String, BigDecimal> nrrs) {
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        nrrs.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(code -> Integer.parseInt(code.substring(1))))
                .forEach(code -> ordered.put(code, nrrs.get(code)));
        return ordered;
    }

    @Override
    public Optional<byte[]> report(SurveyId survey, int version) {
        return sql.query(
                "SELECT content FROM survey_reported_result WHERE survey_id = ? AND version = ?", statement -> {
                    statement.setObject(1, survey.value());
                    statement.setInt(2, version);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
                    }
                });
    }
}
