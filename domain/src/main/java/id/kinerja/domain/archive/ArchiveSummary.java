package id.kinerja.domain.archive;

import java.time.Instant;
import java.util.Map;

/**
 * What an archive holds: the schema version it was written with, when, and the rows of each table in the
 * order they are restored.
 */
public record ArchiveSummary(String schemaVersion, String kinerjaVersion, Instant createdAt, Map<String, Long> rows) {
    public ArchiveSummary {
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
