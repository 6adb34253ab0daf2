package id.kinerja.persistence.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's trigger on {@code audit_entry}: every UPDATE or DELETE of a line is refused, whoever asks. PostgreSQL has
 * its own in plpgsql ({@link AppendOnlyAuditTrail}).
 */
public class AuditEntryAppendOnly implements Trigger {
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "audit_entry is append-only: its lines cannot be changed or deleted",
                AppendOnlyAuditTrail.REFUSED_STATE);
    }
}
