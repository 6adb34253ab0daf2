package id.kinerja.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.InMemorySessions;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountsTest {
    /** Reversible on purpose: these tests are about the rules around hashing, not hashing itself. */
    private static final PasswordHasher MARKING_HASHER = new PasswordHasher() {
        @Override
        public String hash(String password) {
            return "hashed:" + password;
        }

        @Override
        public boolean matches(String password, String hash) {
            return hash.equals("hashed:" + password);
        }
    };

    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final EnsureInitialAdministrator initialAdmin =
            new EnsureInitialAdministrator(registry.users, MARKING_HASHER, registry.transactions);
    private final AuthenticateUser authenticate = new AuthenticateUser(registry.users, MARKING_HASHER);

    @Test
    void generatesAnAdminPasswordOnceWhenNoneIsConfigured() {
        EnsureInitialAdministrator.Outcome first = initialAdmin.ensure(Optional.empty());
        EnsureInitialAdministrator.Outcome second = initialAdmin.ensure(Optional.empty());

        assertThat(first.created()).isTrue();
        assertThat(first.generatedPassword())
                .hasValueSatisfying(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(20));
        assertThat(second.created()).isFalse();
        assertThat(authenticate.authenticate("admin", first.generatedPassword().get()))
                .map(User::roles)
                .contains(Set.of(Role.ADMIN));
    }

    @Test
    void takesTheConfiguredAdminPasswordAndNeverStoresItPlain() {
        initialAdmin.ensure(Optional.of("rahasia-yang-panjang"));

        User admin = registry.users.findByUsername(new Username("admin")).orElseThrow();
        assertThat(admin.passwordHash()).isNotEqualTo("rahasia-yang-panjang");
        assertThat(authenticate.authenticate("ADMIN", "rahasia-yang-panjang")).isPresent();
        assertThat(authenticate.authenticate("admin", "salah")).isEmpty();
    }

    @Test
    void refusesAShortConfiguredPassword() {
        assertThatThrownBy(() -> initialAdmin.ensure(Optional.of("pendek")))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("password.too-short"));
        assertThat(registry.users.count()).isZero();
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        CreateUser create = new CreateUser(registry.users, MARKING_HASHER, registry.transactions);
        User planner = create.create(new CreateUser.Command(
                new Username("perencana"), "Perencana", "kata-sandi-panjang", Set.of(Role.PLANNER)));
        new UpdateUser(registry.users, MARKING_HASHER, new InMemorySessions(registry.users), registry.transactions)
                .update(new UpdateUser.Command(planner.id(), 0, "Perencana", Set.of(Role.PLANNER), false, null));

        assertThat(authenticate.authenticate("perencana", "kata-sandi-panjang")).isEmpty();
        assertThatThrownBy(() -> create.create(new CreateUser.Command(
                        new Username("perencana"), "Lain", "kata-sandi-panjang", Set.of(Role.AUDITOR))))
                .isInstanceOf(ConflictingState.class);
    }
}
