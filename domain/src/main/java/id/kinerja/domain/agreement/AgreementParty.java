package id.kinerja.domain.agreement;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;

/**
 * Pihak: one of the two parties to the PK, by name, position and NIP — the unit's head (pihak pertama) or the
 * superior (pihak kedua).
 */
public record AgreementParty(String name, String position, Nip nip) {
    public AgreementParty {
        Text.requiredLine(name, "name", 200);
        Text.requiredLine(position, "position", 200);
        InvalidValue.requirePresent(nip, "nip");
    }
}
