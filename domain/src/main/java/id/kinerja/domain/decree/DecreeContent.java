package id.kinerja.domain.decree;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * The words of a decree: what the document says, as opposed to where it is in its life.
 *
 * @param number nomor
 * @param title tentang, the subject ("Indikator Kinerja Utama Biro Umum … Tahun 2024")
 * @param issuingOfficial the office that decides ("Kepala Biro Umum Sekretariat Daerah Provinsi Kalimantan
 *     Barat")
 * @param considerations Menimbang, in order; lettered a, b, c… by position
 * @param legalBases Mengingat, in order; numbered 1, 2, 3… by position
 * @param decisions the operative parts under MEMUTUSKAN, in order; labelled KESATU, KEDUA… by position
 * @param place ditetapkan di
 * @param effectiveDate mulai berlaku; when absent, the decree takes effect on the day it is enacted
 */
public record DecreeContent(
        DecreeNumber number,
        String title,
        String issuingOfficial,
        Signatory signatory,
        List<String> considerations,
        List<String> legalBases,
        List<String> decisions,
        String place,
        LocalDate effectiveDate) {

    public DecreeContent {
        InvalidValue.requirePresent(number, "number");
        Text.requiredParagraph(title, "title", 2000);
        Text.requiredParagraph(issuingOfficial, "issuingOfficial", 500);
        InvalidValue.requirePresent(signatory, "signatory");
        considerations = Text.paragraphs(considerations, "considerations", 8000);
        legalBases = Text.paragraphs(legalBases, "legalBases", 8000);
        decisions = Text.paragraphs(decisions, "decisions", 8000);
        place = place == null || place.isBlank() ? null : Text.line(place.strip(), "place", 200);
    }
}
