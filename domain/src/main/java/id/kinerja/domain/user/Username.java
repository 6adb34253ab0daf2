package id.kinerja.domain.user;

import id.kinerja.domain.shared.InvalidValue;
import java.util.Locale;
import java.util.regex.Pattern;

/** A sign-in name: 3–64 lower-case letters, digits, dots, dashes or underscores (often the NIP). */
public record Username(String value) {
    private static final Pattern FORM = Pattern.compile("[a-z0-9._-]{3,64}");

    public Username {
        InvalidValue.requireText(value, "username");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValue(
                    "username.form",
                    "username",
                    "a username has 3 to 64 letters, digits, dots, dashes or underscores",
                    value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
