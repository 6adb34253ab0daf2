package id.kinerja.domain.decree;

import id.kinerja.domain.shared.InvalidValue;

/** Penandatangan: who signs the decree, by name and position ("KEPALA BIRO UMUM,"). */
public record Signatory(String name, String position) {
    public Signatory {
        InvalidValue.requireText(name, "signatory.name");
        InvalidValue.requireText(position, "signatory.position");
    }
}
