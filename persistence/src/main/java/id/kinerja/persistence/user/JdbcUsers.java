package id.kinerja.persistence.user;

import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.user.Role;
import id.kinerja.domain.user.User;
import id.kinerja.domain.user.UserId;
import id.kinerja.domain.user.Username;
import id.kinerja.domain.user.Users;
import id.kinerja.persistence.shared.OrderedTexts;
import id.kinerja.persistence.shared.PagedQuery;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.RowPages;
import id.kinerja.persistence.shared.SqlStatements;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class JdbcUsers implements Users {
    private final UserRowRepository rows;
    private final OrderedTexts roles;
    private final SqlStatements sql;

    JdbcUsers(UserRowRepository rows, SqlStatements jdbc) {
        this.rows = rows;
        this.sql = jdbc;
        this.roles = new OrderedTexts(jdbc, "user_role", "user_id", null, "role_name");
    }

    @Override
    public Optional<User> find(UserId id) {
        return rows.findById(id.value()).map(row -> toUsers(List.of(row)).get(0));
    }

    @Override
    public Map<String, String> displayNamesOf(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return rows.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(UserRow::username, UserRow::displayName, (a, b) -> a));
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return rows.findByUsername(username.value())
                .map(row -> toUsers(List.of(row)).get(0));
    }

    @Override
    public User save(User user) {
        UserRow saved = RootRows.write(
                rows,
                user.id().value(),
                new UserRow(
                        user.id().value(),
                        user.username().value(),
                        user.displayName(),
                        user.passwordHash(),
                        user.active(),
                        user.version()),
                "user",
                user.version());
        roles.replace(saved.id(), user.roles().stream().map(Role::name).sorted().toList());
        return User.restore(
                user.id(),
                user.username(),
                user.displayName(),
                user.passwordHash(),
                user.roles(),
                user.active(),
                saved.version());
    }

    @Override
    public Page<User> list(PageRequest page) {
        return RowPages.page(
                rows.findAll(RowPages.pageable(page, Sort.of(Sort.Order.asc("username")))), page, this::toUsers);
    }

    @Override
    public Page<User> search(String text, PageRequest page) {
        String where =
                " FROM app_user WHERE LOWER(username) LIKE ? ESCAPE '\\' OR LOWER(display_name) LIKE ? ESCAPE '\\'";
        String pattern = PagedQuery.containing(text);
        Page<UserRow> found = PagedQuery.read(
                sql,
                "SELECT id, username, display_name, password_hash, active, version" + where + " ORDER BY username",
                "SELECT COUNT(*)" + where,
                List.of(pattern, pattern),
                page,
                row -> new UserRow(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getBoolean(5),
                        row.getLong(6)));
        return new Page<>(toUsers(found.items()), page, found.total());
    }

    @Override
    public long count() {
        return rows.count();
    }

    private List<User> toUsers(List<UserRow> userRows) {
        Map<UUID, Map<String, List<String>>> rolesById =
                roles.read(userRows.stream().map(UserRow::id).toList());
        return userRows.stream()
                .map(row -> User.restore(
                        new UserId(row.id()),
                        new Username(row.username()),
                        row.displayName(),
                        row.passwordHash(),
                        OrderedTexts.listOf(rolesById, row.id()).stream()
                                .map(Role::valueOf)
                                .collect(Collectors.toSet()),
                        row.active(),
                        row.version()))
                .toList();
    }
}
