package id.kinerja.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditQuery;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.domain.audit.ChainHead;
import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.InMemorySessions;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResetPasswordTest {
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
    private final InMemorySessions sessions = new InMemorySessions(registry.users);
    private final List<AuditEntry> trail = new ArrayList<>();
    private final ResetPassword reset = new ResetPassword(
            registry.users,
            MARKING_HASHER,
            sessions,
            new AppendingTrail(trail),
            registry.transactions,
            Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC));

    /** The trail as far as a reset uses it: lines appended, kept in order. */
    private record AppendingTrail(List<AuditEntry> lines) implements AuditTrail {
        @Override
        public AuditEntry append(AuditEntry entry) {
            lines.add(entry);
            return entry;
        }

        @Override
        public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> lastStateOf(String entityType, String entityId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<ChainHead> head() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEntry> chain(long after, long upTo, int limit) {
            throw new UnsupportedOperationException();
        }
    }

    private final AuthenticateUser authenticate = new AuthenticateUser(registry.users, MARKING_HASHER);

    @Test
    void setsANewPasswordAndEnablesTheAccountAgainWithItsRoles() {
        new EnsureInitialAdministrator(registry.users, MARKING_HASHER, registry.transactions)
                .ensure(Optional.of("yang-lama-sudah-lupa"));
        User admin =
                registry.users.findByUsername(EnsureInitialAdministrator.ADMIN).orElseThrow();
        admin.update(admin.version(), admin.displayName(), admin.roles(), false);
        registry.users.save(admin);

        reset.reset(EnsureInitialAdministrator.ADMIN, "kata-sandi-yang-baru");

        // every session of the account ends with the reset: a token of whoever held the old password dies
        assertThat(sessions.currentOfActive(admin.id())).hasValue(1L);
        // and the reset is on the record, by the server, for this account
        assertThat(trail).singleElement().satisfies(line -> {
            assertThat(line.actor()).isEqualTo(ResetPassword.ACTOR);
            assertThat(line.entityType()).isEqualTo("user");
            assertThat(line.entityId()).isEqualTo(admin.id().value().toString());
        });
        assertThat(authenticate.authenticate("admin", "yang-lama-sudah-lupa")).isEmpty();
        assertThat(authenticate.authenticate("admin", "kata-sandi-yang-baru"))
                .map(User::roles)
                .contains(Set.of(Role.ADMIN));
    }

    @Test
    void followsThePasswordPolicyAndNamesAnUnknownAccount() {
        String tooShort = "x".repeat(PasswordPolicy.MIN_LENGTH - 1);
        assertThatThrownBy(() -> reset.reset(EnsureInitialAdministrator.ADMIN, tooShort))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("password.too-short"));
        assertThatThrownBy(() -> reset.reset(new Username("tidak-ada"), "kata-sandi-yang-baru"))
                .isInstanceOf(NotFound.class);
    }
}
