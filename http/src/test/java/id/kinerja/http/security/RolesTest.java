package id.kinerja.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.user.Role;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RolesTest {
    @Test
    void theSecuredRoleNamesAreExactlyTheDomainRoles() {
        assertThat(Arrays.asList(Roles.ADMIN, Roles.PLANNER, Roles.EVALUATOR, Roles.AUDITOR))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Role.values()).map(Role::name).toList());
    }

    @Test
    void bcryptHashesAreSaltedAndVerify() {
        BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);
        String first = hasher.hash("kata-sandi-panjang");
        String second = hasher.hash("kata-sandi-panjang");

        assertThat(first).startsWith("$2a$04$").isNotEqualTo(second);
        assertThat(hasher.matches("kata-sandi-panjang", first)).isTrue();
        assertThat(hasher.matches("kata-sandi-salah", first)).isFalse();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAWrongPasswordNotAnError() {
        BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);
        String hash = hasher.hash("kata-sandi-panjang");

        assertThat(hasher.matches("kata-sandi-panjang" + "x".repeat(100), hash)).isFalse();
        assertThat(hasher.matches("é".repeat(37), hash)).as("74 bytes in UTF-8").isFalse();
    }
}
