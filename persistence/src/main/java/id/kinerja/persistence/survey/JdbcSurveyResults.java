package id.kinerja.persistence.survey;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.satisfaction.ElementTally;
import id.kinerja.domain.satisfaction.ServiceTally;
import id.kinerja.domain.survey.RespondentProfile;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyResultVersion;
import id.kinerja.domain.survey.SurveyResults;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Result versions with the tallies they were computed from; any set of versions is read in one query. */
@Singleton
class JdbcSurveyResults implements SurveyResults {
    private static final String SELECT = "SELECT r.survey_id, r.version, r.computed_at, r.reason, t.service,"
            + " t.respondents, t.element_code, t.answer_sum, t.answered FROM survey_result r"
            + " LEFT JOIN survey_result_tally t ON t.survey_id = r.survey_id AND t.version = r.version";

    private final SqlStatements sql;

    JdbcSurveyResults(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(SurveyResultVersion result) {
        try {
            insert(result);
        } catch (RuntimeException e) {
            // (survey, version) is the key: a version numbered by two imports at once is stored once
            throw RootRows.asConflict(e, "survey result");
        }
    }

    private void insert(SurveyResultVersion result) {
        sql.write(connection -> {
            try (PreparedStatement header = connection.prepareStatement(
                    "INSERT INTO survey_result (survey_id, version, computed_at, reason) VALUES (?, ?, ?, ?)")) {
                header.setObject(1, result.survey().value());
                header.setInt(2, result.version());
                header.setTimestamp(3, Timestamp.from(result.computedAt()));
                header.setString(4, result.reason());
                header.executeUpdate();
            }
            try (PreparedStatement tallies = connection.prepareStatement("INSERT INTO survey_result_tally"
                    + " (survey_id, version, service, service_ordinal, respondents, element_code, answer_sum, answered)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int ordinal = 0; ordinal < result.tallies().size(); ordinal++) {
                    ServiceTally service = result.tallies().get(ordinal);
                    for (Map.Entry<String, ElementTally> element :
                            service.byElement().entrySet()) {
                        tallies.setObject(1, result.survey().value());
                        tallies.setInt(2, result.version());
                        tallies.setString(3, service.service());
                        tallies.setInt(4, ordinal);
                        tallies.setLong(5, service.respondents());
                        tallies.setString(6, element.getKey());
                        tallies.setLong(7, element.getValue().sum());
                        tallies.setLong(8, element.getValue().answered());
                        tallies.addBatch();
                    }
                }
                tallies.executeBatch();
            }
            try (PreparedStatement profile = connection.prepareStatement("INSERT INTO survey_result_profile"
                    + " (survey_id, version, dimension, category, respondents) VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, Map<String, Long>> dimension :
                        dimensions(result.profile()).entrySet()) {
                    for (Map.Entry<String, Long> category : dimension.getValue().entrySet()) {
                        profile.setObject(1, result.survey().value());
                        profile.setInt(2, result.version());
                        profile.setString(3, dimension.getKey());
                        profile.setString(4, category.getKey());
                        profile.setLong(5, category.getValue());
                        profile.addBatch();
                    }
                }
                profile.executeBatch();
            }
            return null;
        });
    }

    private static Map<String, Map<String, Long>> dimensions(RespondentProfile profile) {
        return Map.of(
                "SEX", profile.bySex(),
                "AGE_BAND", profile.byAgeBand(),
                "EDUCATION", profile.byEducation(),
                "OCCUPATION", profile.byOccupation());
    }

    /** The profiles of the versions read, by "survey/version" and dimension. */
    private Map<String, Map<String, Map<String, Long>>> profilesOf(String where, Object... parameters) {
        String select = "SELECT r.survey_id, r.version, p.dimension, p.category, p.respondents FROM survey_result r"
                + " JOIN survey_result_profile p ON p.survey_id = r.survey_id AND p.version = r.version" + where;
        return sql.query(select, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            Map<String, Map<String, Map<String, Long>>> profiles = new LinkedHashMap<>();
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    profiles.computeIfAbsent(
                                    found.getObject(1, UUID.class) + "/" + found.getInt(2), k -> new LinkedHashMap<>())
                            .computeIfAbsent(found.getString(3), k -> new java.util.TreeMap<>())
                            .put(found.getString(4), found.getLong(5));
                }
            }
            return profiles;
        });
    }

    @Override
    public Optional<SurveyResultVersion> latest(SurveyId survey) {
        List<SurveyResultVersion> found = read(
                " WHERE r.survey_id = ? AND r.version = (SELECT MAX(version) FROM survey_result WHERE survey_id = ?)",
                survey.value(),
                survey.value());
        return found.stream().findFirst();
    }

    @Override
    public List<SurveyResultVersion> history(SurveyId survey) {
        return read(" WHERE r.survey_id = ?", survey.value());
    }

    @Override
    public List<SurveyResultVersion> latestForIndicator(IndicatorId indicator) {
        return read(
                " JOIN survey s ON s.id = r.survey_id WHERE s.indicator_id = ? AND r.version ="
                        + " (SELECT MAX(m.version) FROM survey_result m WHERE m.survey_id = r.survey_id)",
                indicator.value());
    }

    private List<SurveyResultVersion> read(String where, Object... parameters) {
        return sql.query(
                SELECT + where + " ORDER BY r.survey_id, r.version, t.service_ordinal, t.element_code", statement -> {
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    Map<String, Builder> versions = new LinkedHashMap<>();
                    try (ResultSet found = statement.executeQuery()) {
                        while (found.next()) {
                            UUID survey = found.getObject(1, UUID.class);
                            int version = found.getInt(2);
                            Builder builder = versions.computeIfAbsent(survey + "/" + version, key -> {
                                try {
                                    return new Builder(
                                            survey,
                                            version,
                                            found.getTimestamp(3).toInstant(),
                                            found.getString(4));
                                } catch (java.sql.SQLException e) {
                                    throw new IllegalStateException(e);
                                }
                            });
                            String service = found.getString(5);
                            if (service != null) {
                                builder.add(
                                        service,
                                        found.getLong(6),
                                        found.getString(7),
                                        found.getLong(8),
                                        found.getLong(9));
                            }
                        }
                    }
                    Map<String, Map<String, Map<String, Long>>> profiles = profilesOf(where, parameters);
                    return versions.entrySet().stream()
                            .map(entry -> entry.getValue().build(profiles.getOrDefault(entry.getKey(), Map.of())))
                            .toList();
                });
    }

    /** Collects the rows of one version into its tallies, keeping the services in stored order. */
    private static final class Builder {
        private final UUID survey;
        private final int version;
        private final Instant computedAt;
        private final String reason;
        private final Map<String, Long> respondents = new LinkedHashMap<>();
        private final Map<String, Map<String, ElementTally>> elements = new LinkedHashMap<>();

        Builder(UUID survey, int version, Instant computedAt, String reason) {
            this.survey = survey;
            this.version = version;
            this.computedAt = computedAt;
            this.reason = reason;
        }

        void add(String service, long serviceRespondents, String element, long sum, long answered) {
            respondents.put(service, serviceRespondents);
            elements.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(element, new ElementTally(sum, answered));
        }

        SurveyResultVersion build(Map<String, Map<String, Long>> profile) {
            List<ServiceTally> tallies = new ArrayList<>();
            respondents.forEach(
                    (service, count) -> tallies.add(new ServiceTally(service, count, elements.get(service))));
            return new SurveyResultVersion(
                    new SurveyId(survey),
                    version,
                    computedAt,
                    reason,
                    tallies,
                    new RespondentProfile(
                            profile.getOrDefault("SEX", Map.of()),
                            profile.getOrDefault("AGE_BAND", Map.of()),
                            profile.getOrDefault("EDUCATION", Map.of()),
                            profile.getOrDefault("OCCUPATION", Map.of())));
        }
    }
}
