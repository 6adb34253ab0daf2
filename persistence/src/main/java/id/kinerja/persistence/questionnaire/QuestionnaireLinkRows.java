package id.kinerja.persistence.questionnaire;

import id.kinerja.domain.questionnaire.QuestionnaireCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every service a survey declares has its questionnaire link from the moment it is declared: the survey's store
 * calls this whenever it saves a survey (planned, or given new services by an import), and migration V29 did it
 * once for the surveys planned before. Listing a survey's links then only reads (ADR 0037).
 */
public final class QuestionnaireLinkRows {
    private QuestionnaireLinkRows() {}

    /**
     * Gives each of the survey's services that has no link one, with a new unguessable code; a link made while the
     * survey's collection is closed is closed too. Two savings of one survey at once may both try: the unique key
     * on survey and service keeps the first, {@code ON CONFLICT DO NOTHING} drops the other.
     */
    public static void addMissing(Connection connection, UUID survey, Collection<String> services) throws SQLException {
        if (services.isEmpty()) {
            return;
        }
        Set<String> linked = new HashSet<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT service FROM questionnaire_link WHERE survey_id = ?")) {
            select.setObject(1, survey);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    linked.add(row.getString(1));
                }
            }
        }
        List<String> missing =
                services.stream().filter(service -> !linked.contains(service)).toList();
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO questionnaire_link (code, survey_id, service, open)"
                        + " VALUES (?, ?, ?, NOT EXISTS (SELECT 1 FROM questionnaire_collection c"
                        + " WHERE c.survey_id = ?)) ON CONFLICT DO NOTHING")) {
            for (String service : missing) {
                insert.setString(1, QuestionnaireCode.random().value());
                insert.setObject(2, survey);
                insert.setString(3, service);
                insert.setObject(4, survey);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
