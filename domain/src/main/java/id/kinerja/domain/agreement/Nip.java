package id.kinerja.domain.agreement;

import id.kinerja.domain.shared.InvalidValue;

/**
 * NIP (Nomor Induk Pegawai): a civil servant's number, 18 digits (date of birth, date of appointment, sex and a
 * sequence). Spaces a person types between the groups ("19700101 199503 1 001") are dropped.
 */
public record Nip(String value) {
    public Nip {
        InvalidValue.requireText(value, "nip");
        value = value.replace(" ", "");
        if (!value.matches("[0-9]{18}")) {
            throw new InvalidValue("agreement.nip", "nip", "a NIP has exactly 18 digits: " + value, value);
        }
    }
}
