package db.migration;

import id.kinerja.persistence.questionnaire.QuestionnaireLinkRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Questionnaire links are made when a survey's services are declared, no longer when the links are first listed
 * (a read that wrote): every service of the surveys planned before gets its link here, with the same unguessable
 * codes the application draws (Java, because neither database's SQL has a secure random source the other shares).
 * The link's count of answers taken goes: answers no longer wait for each other on it, and nothing read it (ADR
 * 0037).
 */
public class V29__questionnaire_links_with_their_services extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<UUID, List<String>> servicesBySurvey = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT survey_id, name FROM survey_service ORDER BY survey_id, ordinal");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                servicesBySurvey
                        .computeIfAbsent(row.getObject(1, UUID.class), survey -> new ArrayList<>())
                        .add(row.getString(2));
            }
        }
        for (Map.Entry<UUID, List<String>> survey : servicesBySurvey.entrySet()) {
            QuestionnaireLinkRows.addMissing(connection, survey.getKey(), survey.getValue());
        }
        try (Statement drop = connection.createStatement()) {
            drop.execute("ALTER TABLE questionnaire_link DROP COLUMN submitted");
        }
    }
}
