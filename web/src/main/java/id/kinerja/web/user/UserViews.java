package id.kinerja.web.user;

import id.kinerja.web.page.Pager;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/** The views of the account pages. */
final class UserViews {
    private UserViews() {}

    /** A page of accounts, found by a text when one was typed. */
    @Introspected
    record UserList(List<UserRow> users, Pager pager, String search, String address) {}

    /** An account in the list: its roles and whether it may sign in, in words. */
    @Introspected
    record UserRow(UUID id, String username, String displayName, String roles, String state) {}

    /** A role checkbox: the form field, the role's label in the reader's language, whether it is ticked. */
    @Introspected
    record RoleBox(String field, String label, boolean checked) {}

    /** The form of a new account; after a refusal, what was typed (never the password). */
    @Introspected
    record NewUser(
            NewUserForm values,
            List<RoleBox> roleBoxes,
            @Nullable Refusal refusal) {}

    /** One account: its name, roles and state, its password, and the units it works for. */
    @Introspected
    record Account(
            UUID id,
            String username,
            String displayName,
            long version,
            List<RoleBox> roleBoxes,
            boolean active,
            List<UnitChoice> assigned,
            List<UnitChoice> units,
            boolean passwordChanged,
            @Nullable Refusal refusal) {}
}
