package id.kinerja.domain.user;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.shared.InvalidValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final Username BUDI = new Username("budi.santoso");

    @ParameterizedTest
    @CsvSource({
        "pendek-saja, password.too-short",
        "indonesia123, password.common",
        "Indonesia2024!, password.common",
        "password1234, password.common",
        "P@ssw0rd1234, password.common",
        "bismillah123, password.common",
        "Bismillah 2025, password.common",
        "qwertyuiop123, password.common",
        "akusayangkamu, password.common",
        "123456789012, password.common",
        "budi.santoso, password.like-username",
        "budi.santoso2024, password.like-username",
        "BUDI.SANTOSO!!!, password.like-username",
        "osotnas.idub, password.like-username",
        "aaaaaaaaaaaa, password.trivial",
        "abababababab, password.trivial",
        "xyzxyzxyzxyz, password.trivial",
        "a1b2a1b2a1b2a1b2, password.trivial",
        "abcdefghijklmn, password.trivial",
        "9876543210987, password.trivial",
        "zyxwvutsrqpo, password.trivial",
    })
    void refusesWeakPasswordsWithTheRuleTheyBreak(String password, String code) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, BUDI))
                .isInstanceOfSatisfying(
                        InvalidValue.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo(code));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "kuda-laut-makan-sagu",
                "kinerja-test-administrator",
                "Rapat Pagi di Pontianak",
                "sandi-evaluator-18f3a9c2",
                "ÄÖÜäöü-kata-sandi-ß",
            })
    void acceptsLongUncommonPasswords(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, BUDI)).doesNotThrowAnyException();
    }

    @org.junit.jupiter.api.Test
    void refusesMoreThanBcryptReadsAndCountsBytesNotLetters() {
        assertThatCode(() -> PasswordPolicy.check("kata-sandi-".repeat(6) + "abcdef", BUDI))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("kata-sandi-".repeat(7), BUDI))
                .isInstanceOfSatisfying(
                        InvalidValue.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo("password.too-long"));
        assertThatThrownBy(() -> PasswordPolicy.check("é".repeat(40), BUDI))
                .isInstanceOfSatisfying(
                        InvalidValue.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.code())
                                .isEqualTo("password.too-long"));
    }
}
