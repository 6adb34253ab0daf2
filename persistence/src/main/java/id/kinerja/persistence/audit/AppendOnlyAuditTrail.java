package id.kinerja.persistence.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The triggers that make {@code audit_entry} append-only for every database account, the application's
 * included: one per database, because H2 runs a Java class and PostgreSQL a plpgsql function. INSERT stays
 * allowed (a restore from an export only inserts). Installed by migration V6_1; a test that must edit the trail
 * behind the application's back removes and reinstalls them as the owner.
 */
public final class AppendOnlyAuditTrail {
    /** SQLSTATE of the refusal: insufficient privilege. */
    public static final String REFUSED_STATE = "42501";

    private static final List<String> H2 = List.of("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE"
            + " ON audit_entry FOR EACH ROW CALL '" + AuditEntryAppendOnly.class.getName() + "'");
    private static final List<String> POSTGRESQL = List.of(
            """
            CREATE OR REPLACE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = '42501';
            END
            $$""",
            "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry"
                    + " FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change()",
            "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()");

    private AppendOnlyAuditTrail() {}

    public static void install(Connection connection) throws SQLException {
        execute(connection, postgresql(connection) ? POSTGRESQL : H2);
    }

    public static void remove(Connection connection) throws SQLException {
        execute(
                connection,
                postgresql(connection)
                        ? List.of(
                                "DROP TRIGGER audit_entry_append_only ON audit_entry",
                                "DROP TRIGGER audit_entry_no_truncate ON audit_entry")
                        : List.of("DROP TRIGGER audit_entry_append_only"));
    }

    public static boolean postgresql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
