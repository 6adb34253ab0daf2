package id.kinerja.persistence.audit;

import id.kinerja.domain.shared.RegistryVersion;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.ResultSet;

/**
 * The registry's version is the position of the audit chain's last line: every change is recorded in the
 * transaction that makes it and moves the head (ADR 0016), so the head moves exactly when something was
 * recorded, on any node, and is visible in the same commit. Reading it is one primary-key lookup.
 */
@Singleton
class JdbcRegistryVersion implements RegistryVersion {
    private final SqlStatements sql;

    JdbcRegistryVersion(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public long current() {
        return sql.query(AuditRows.HEAD, select -> {
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0L;
            }
        });
    }
}
