package id.kinerja.persistence.survey;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.satisfaction.WeightVariant;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.Surveys;
import id.kinerja.persistence.questionnaire.QuestionnaireLinkRows;
import id.kinerja.persistence.shared.OrderedTexts;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.RowPages;
import id.kinerja.persistence.shared.SqlStatements;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
class JdbcSurveys implements Surveys {
    private final SurveyRowRepository rows;
    private final SqlStatements sql;
    private final OrderedTexts services;

    JdbcSurveys(SurveyRowRepository rows, SqlStatements sql) {
        this.rows = rows;
        this.sql = sql;
        this.services = new OrderedTexts(sql, "survey_service", "survey_id", null, "name");
    }

    @Override
    public Optional<Survey> find(SurveyId id) {
        return rows.findById(id.value()).map(row -> toSurveys(List.of(row)).get(0));
    }

    @Override
    public Survey save(Survey survey) {
        SurveyRow saved = RootRows.write(
                rows,
                survey.id().value(),
                new SurveyRow(
                        survey.id().value(),
                        survey.unitId().value(),
                        survey.indicatorId().map(IndicatorId::value).orElse(null),
                        survey.year().value(),
                        survey.period().name(),
                        survey.methodology().name(),
                        survey.weight().name(),
                        survey.combination().name(),
                        survey.population().orElse(null),
                        survey.version()),
                "survey",
                survey.version());
        services.replace(saved.id(), survey.services());
        replaceQuestions(saved.id(), survey.questions());
        sql.write(connection -> {
            QuestionnaireLinkRows.addMissing(connection, saved.id(), survey.services());
            return null;
        });
        return toSurveys(List.of(saved)).get(0);
    }

    @Override
    public List<SurveyId> measuring(IndicatorId indicator, Year year) {
        return sql.query(
                "SELECT id FROM survey WHERE indicator_id = ? AND survey_year = ? ORDER BY created_at, id",
                statement -> {
                    statement.setObject(1, indicator.value());
                    statement.setInt(2, year.value());
                    List<SurveyId> found = new java.util.ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            found.add(new SurveyId(row.getObject(1, UUID.class)));
                        }
                    }
                    return found;
                });
    }

    @Override
    public Page<Survey> list(PageRequest page) {
        return RowPages.page(rows.listNewestFirst(RowPages.pageable(page, Sort.UNSORTED)), page, this::toSurveys);
    }

    private void replaceQuestions(UUID survey, Map<String, String> questions) {
        sql.write(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM survey_question WHERE survey_id = ?")) {
                delete.setObject(1, survey);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO survey_question (survey_id, element_code, question) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> question : questions.entrySet()) {
                    insert.setObject(1, survey);
                    insert.setString(2, question.getKey());
                    insert.setString(3, question.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private Map<UUID, Map<String, String>> questionsOf(List<UUID> surveys) {
        if (surveys.isEmpty()) {
            return Map.of();
        }
        String select = "SELECT survey_id, element_code, question FROM survey_question WHERE survey_id IN ("
                + String.join(", ", Collections.nCopies(surveys.size(), "?")) + ") ORDER BY element_code";
        return sql.query(select, statement -> {
            for (int i = 0; i < surveys.size(); i++) {
                statement.setObject(i + 1, surveys.get(i));
            }
            Map<UUID, Map<String, String>> bySurvey = new HashMap<>();
            try (ResultSet found = statement.executeQuery()) {
                while (found.next()) {
                    bySurvey.computeIfAbsent(found.getObject(1, UUID.class), s -> new LinkedHashMap<>())
                            .put(found.getString(2), found.getString(3));
                }
            }
            return bySurvey;
        });
    }

    private List<Survey> toSurveys(List<SurveyRow> surveyRows) {
        List<UUID> ids = surveyRows.stream().map(SurveyRow::id).toList();
        Map<UUID, Map<String, List<String>>> servicesById = services.read(ids);
        Map<UUID, Map<String, String>> questionsById = questionsOf(ids);
        return surveyRows.stream()
                .map(row -> Survey.restore(
                        new SurveyId(row.id()),
                        new OrganizationUnitId(row.unitId()),
                        row.indicatorId() == null ? null : new IndicatorId(row.indicatorId()),
                        Year.of(row.surveyYear()),
                        ReportingPeriod.valueOf(row.period()),
                        Methodology.valueOf(row.methodology()),
                        WeightVariant.valueOf(row.weightVariant()),
                        ServiceCombination.valueOf(row.combination()),
                        row.population(),
                        OrderedTexts.listOf(servicesById, row.id()),
                        questionsById.getOrDefault(row.id(), Map.of()),
                        row.version()))
                .toList();
    }
}
