package id.kinerja.persistence.questionnaire;

import id.kinerja.domain.questionnaire.QuestionnaireCode;
import id.kinerja.domain.questionnaire.QuestionnaireLink;
import id.kinerja.domain.questionnaire.QuestionnaireLinks;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Links in {@code questionnaire_link}, made with the survey's services ({@link QuestionnaireLinkRows}). */
@Singleton
class JdbcQuestionnaireLinks implements QuestionnaireLinks {
    private final SqlStatements sql;

    JdbcQuestionnaireLinks(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public List<QuestionnaireLink> of(SurveyId survey) {
        return sql.query(
                "SELECT l.code, l.service FROM questionnaire_link l LEFT JOIN survey_service s"
                        + " ON s.survey_id = l.survey_id AND s.name = l.service WHERE l.survey_id = ?"
                        + " ORDER BY s.ordinal, l.service",
                statement -> {
                    statement.setObject(1, survey.value());
                    List<QuestionnaireLink> links = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            links.add(new QuestionnaireLink(
                                    new QuestionnaireCode(row.getString(1)), survey, row.getString(2)));
                        }
                    }
                    return links;
                });
    }

    @Override
    public Optional<QuestionnaireLink> find(QuestionnaireCode code) {
        return sql.query("SELECT survey_id, service FROM questionnaire_link WHERE code = ?", statement -> {
            statement.setString(1, code.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new QuestionnaireLink(
                                code, new SurveyId(row.getObject(1, UUID.class)), row.getString(2)))
                        : Optional.empty();
            }
        });
    }
}
