package id.kinerja.domain.decree;

import id.kinerja.domain.shared.Text;

/** Penandatangan: who signs the decree, by name and position ("KEPALA BIRO UMUM,"). */
public record Signatory(String name, String position) {
    public Signatory {
        Text.requiredParagraph(name, "signatory.name", 200);
        Text.requiredParagraph(position, "signatory.position", 200);
    }
}
