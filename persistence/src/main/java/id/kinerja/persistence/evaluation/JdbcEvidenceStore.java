package id.kinerja.persistence.evaluation;

import id.kinerja.domain.evaluation.Evidence;
import id.kinerja.domain.evaluation.EvidenceStore;
import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Evidence rows; a file's content is only read when it is downloaded. */
@Singleton
class JdbcEvidenceStore implements EvidenceStore {
    private static final String SELECT = "SELECT id, realization_id, title, file_name, media_type, size_bytes, sha256,"
            + " url, added_by, added_at FROM realization_evidence";

    private final SqlStatements sql;

    JdbcEvidenceStore(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(Evidence evidence, byte[] content) {
        sql.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO realization_evidence (id,"
                    + " realization_id, title, file_name, media_type, size_bytes, sha256, content, url, added_by,"
                    + " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, evidence.id());
                insert.setObject(2, evidence.realizationId().value());
                insert.setString(3, evidence.title());
                insert.setString(4, evidence.fileName());
                insert.setString(5, evidence.mediaType());
                insert.setObject(6, evidence.size());
                insert.setString(7, evidence.sha256());
                insert.setBytes(8, content);
                insert.setString(9, evidence.url());
                insert.setString(10, evidence.addedBy());
                insert.setTimestamp(11, Timestamp.from(evidence.addedAt()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Evidence> find(UUID id) {
        return read(SELECT + " WHERE id = ?", List.of(id)).stream().findFirst();
    }

    @Override
    public List<Evidence> of(Collection<RealizationId> realizations) {
        if (realizations.isEmpty()) {
            return List.of();
        }
        List<Object> ids =
                realizations.stream().map(RealizationId::value).distinct().collect(Collectors.toList());
        return read(
                SELECT + " WHERE realization_id IN ("
                        + ids.stream().map(id -> "?").collect(Collectors.joining(", ")) + ") ORDER BY added_at, id",
                ids);
    }

    @Override
    public Optional<byte[]> content(UUID id) {
        return sql.query("SELECT content FROM realization_evidence WHERE id = ?", statement -> {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getBytes(1)) : Optional.empty();
            }
        });
    }

    private List<Evidence> read(String select, List<Object> parameters) {
        return sql.query(select, statement -> {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<Evidence> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(toEvidence(rows));
                }
            }
            return found;
        });
    }

    private static Evidence toEvidence(ResultSet row) throws SQLException {
        return new Evidence(
                row.getObject(1, UUID.class),
                new RealizationId(row.getObject(2, UUID.class)),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getObject(6) == null ? null : row.getLong(6),
                row.getString(7),
                row.getString(8),
                row.getString(9),
                row.getTimestamp(10).toInstant());
    }
}
