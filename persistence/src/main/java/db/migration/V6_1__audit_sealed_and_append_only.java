package db.migration;

import id.kinerja.persistence.audit.AuditRows;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seals the audit lines written before V6 into the hash chain, then makes {@code audit_entry} append-only with a
 * trigger of each database's own kind (H2: a Java class; PostgreSQL: plpgsql). Java because the seal is SHA-256
 * over the same canonical form the application uses, and the triggers differ between the two databases.
 */
public class V6_1__audit_sealed_and_append_only extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        AuditRows.sealExistingAndLock(context.getConnection());
    }
}
