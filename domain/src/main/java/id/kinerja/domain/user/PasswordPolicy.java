package id.kinerja.domain.user;

import id.kinerja.domain.shared.InvalidValue;

/** How long a password must be; length beats forced symbols (NIST SP 800-63B). */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    public static final int MAX_LENGTH = 72;

    private PasswordPolicy() {}

    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidValue(
                    "password.too-short",
                    "password",
                    "a password has at least " + MIN_LENGTH + " characters",
                    MIN_LENGTH);
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new InvalidValue(
                    "password.too-long", "password", "a password has at most " + MAX_LENGTH + " bytes", MAX_LENGTH);
        }
    }
}
