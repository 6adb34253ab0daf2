package id.kinerja.domain.user;

import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The stored user accounts. */
public interface Users {
    Optional<User> find(UserId id);

    Optional<User> findByUsername(Username username);

    User save(User user);

    Page<User> list(PageRequest page);

    /** The accounts whose username or display name contains the text (any case), by username, with the total. */
    Page<User> search(String text, PageRequest page);

    long count();

    /** The display name of each given username that has an account, in one read. */
    Map<String, String> displayNamesOf(Collection<String> usernames);

    default User get(UserId id) {
        return find(id).orElseThrow(() -> new NotFound("user", id));
    }
}
