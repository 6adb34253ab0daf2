package id.kinerja.persistence.user;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.user.AccountGaps;
import id.kinerja.domain.user.Role;
import id.kinerja.domain.user.UserId;
import id.kinerja.persistence.shared.PagedQuery;
import id.kinerja.persistence.shared.SqlStatements;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Accounts and units the administrator has still to pair, read in SQL a page at a time. */
@Singleton
class JdbcAccountGaps implements AccountGaps {
    private static final String WITHOUT_UNITS = " FROM app_user u WHERE u.active"
            + " AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role_name IN ('EVALUATOR', 'PLANNER'))"
            + " AND NOT EXISTS (SELECT 1 FROM user_unit uu WHERE uu.user_id = u.id)";

    private final SqlStatements sql;

    JdbcAccountGaps(SqlStatements sql) {
        this.sql = sql;
    }

    @Override
    public Page<AccountWithoutUnits> withoutUnits(PageRequest page) {
        // the roles come with the row, as one comma-separated list, so that the page stays two statements
        return PagedQuery.read(
                sql,
                "SELECT u.id, u.username, u.display_name,"
                        + " (SELECT STRING_AGG(r.role_name, ',') FROM user_role r WHERE r.user_id = u.id)"
                        + WITHOUT_UNITS
                        + " ORDER BY u.username",
                "SELECT COUNT(*)" + WITHOUT_UNITS,
                List.of(),
                page,
                row -> new AccountWithoutUnits(
                        new UserId(row.getObject(1, UUID.class)),
                        row.getString(2),
                        row.getString(3),
                        rolesOf(row.getString(4))));
    }

    private static Set<Role> rolesOf(String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            Arrays.stream(names.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        return Set.copyOf(roles);
    }

    @Override
    public Set<OrganizationUnitId> unitsAssignedToEvaluators() {
        return sql.query(
                "SELECT DISTINCT uu.unit_id FROM user_unit uu JOIN app_user u ON u.id = uu.user_id"
                        + " WHERE u.active AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id"
                        + " AND r.role_name = 'EVALUATOR')",
                statement -> {
                    Set<UUID> found = new HashSet<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            found.add(row.getObject(1, UUID.class));
                        }
                    }
                    return found.stream().map(OrganizationUnitId::new).collect(Collectors.toUnmodifiableSet());
                });
    }
}
