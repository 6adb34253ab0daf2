package id.kinerja.domain.user;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Membaca pengguna: the accounts a page at a time with the total, one account, and the units it works for. */
public final class ReadUsers {
    private final Users users;
    private final UnitAssignments assignments;

    public ReadUsers(Users users, UnitAssignments assignments) {
        this.users = users;
        this.assignments = assignments;
    }

    public Page<User> list(PageRequest page) {
        return users.list(page);
    }

    /** The accounts a page at a time; with a text, only those whose username or display name holds it. */
    public Page<User> search(String text, PageRequest page) {
        return text == null || text.isBlank() ? users.list(page) : users.search(text.strip(), page);
    }

    public User get(UserId id) {
        return users.get(id);
    }

    /**
     * The names people go by, for the usernames given (a page's worth, in one query): where a person acted, a
     * page shows who by name. A username without an account (a failed sign-in's) is left out of the answer.
     */
    public Map<String, String> displayNamesOf(Collection<String> usernames) {
        return usernames.isEmpty() ? Map.of() : users.displayNamesOf(usernames);
    }

    /** The units the account works for. */
    public Set<OrganizationUnitId> unitsOf(User user) {
        return assignments.unitsOf(user.username().value());
    }
}
