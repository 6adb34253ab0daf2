package id.kinerja.domain.decree;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;

/**
 * Nomor keputusan: a reference such as "017.1/RO-UM/2024". It is text, never a number: leading zeros,
 * dots and slashes all matter.
 */
public record DecreeNumber(String value) {
    public static final int MAX_LENGTH = 100;

    public DecreeNumber {
        InvalidValue.requireText(value, "number");
        value = value.strip();
        Text.line(value, "number", Integer.MAX_VALUE);
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValue(
                    "decree.number.too-long",
                    "number",
                    "a decree number has at most " + MAX_LENGTH + " characters",
                    MAX_LENGTH);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
