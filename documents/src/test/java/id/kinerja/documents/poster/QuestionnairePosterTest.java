package id.kinerja.documents.poster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.kinerja.documents.poster.QuestionnairePoster.Content;
import id.kinerja.documents.poster.QuestionnairePoster.Language;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The counter poster read back as a visitor meets it: one A4 page, the address printed on it, and a QR code
 * that a reader, looking at the page as a picture, takes to that very address. The pictures are kept in
 * {@code target/posters} for a look.
 */
class QuestionnairePosterTest {
    private static final String ADDRESS = "https://kinerja.example.go.id/skm/K7P2QX";

    /** The open period comes in the poster's language, as the caller words it. */
    private static Content content(String address, Language language) {
        return new Content(
                "Biro Umum Sekretariat Daerah Provinsi Contoh",
                "Survei Kepuasan Masyarakat Semester I 2024",
                "Layanan Persuratan dan Kearsipan",
                address,
                language == Language.EN ? "from 1 to 31 July 2024" : "1 Juli 2024 s.d. 31 Juli 2024",
                language);
    }

    @Test
    void theIndonesianPosterIsOneA4PageWhoseQrCodeReadsAsItsAddress() throws Exception {
        byte[] pdf = QuestionnairePoster.pdf(content(ADDRESS, Language.ID));

        Poster poster = read(pdf, "poster-id");

        assertThat(poster.pages()).isEqualTo(1);
        assertThat(poster.a4Portrait()).isTrue();
        assertThat(poster.text())
                .contains(ADDRESS)
                .contains("Bagaimana pelayanan kami?")
                .contains("Layanan Persuratan dan Kearsipan")
                .contains("Biro Umum Sekretariat Daerah Provinsi Contoh")
                .contains("1 Juli 2024 s.d. 31 Juli 2024");
        assertThat(poster.qr()).isEqualTo(ADDRESS);
    }

    @Test
    void theEnglishPosterSpeaksEnglishAndCarriesTheSameCode() throws Exception {
        String address = ADDRESS + "?lang=en";
        byte[] pdf = QuestionnairePoster.pdf(content(address, Language.EN));

        Poster poster = read(pdf, "poster-en");

        assertThat(poster.pages()).isEqualTo(1);
        assertThat(poster.text())
                .contains("How was our service?")
                .contains("is open from 1 to 31 July 2024")
                .contains(address);
        assertThat(poster.qr()).isEqualTo(address);
    }

    @Test
    void aLongAddressAndLongNamesStillFitOnePageAndDecode() throws Exception {
        String address = "https://layanan-publik.kabupaten-contoh-yang-panjang.go.id/kinerja/skm/"
                + "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        Content content = new Content(
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Contoh yang Namanya Panjang",
                "Survei Kepuasan Masyarakat atas Penyelenggaraan Pelayanan Publik Tahun Anggaran 2024",
                "Pelayanan Perizinan Berusaha Berbasis Risiko melalui Sistem Online Single Submission (OSS)",
                address,
                "2 Januari 2024 s.d. 31 Desember 2024",
                Language.ID);

        Poster poster = read(QuestionnairePoster.pdf(content), "poster-long");

        assertThat(poster.pages()).isEqualTo(1);
        // a long address wraps across lines on the page; its characters are all printed, in order
        assertThat(poster.text().replaceAll("\\s", "")).contains(address);
        assertThat(poster.qr()).isEqualTo(address);
    }

    @Test
    void theSamePosterRendersToTheSameBytes() {
        assertThat(QuestionnairePoster.pdf(content(ADDRESS, Language.ID)))
                .isEqualTo(QuestionnairePoster.pdf(content(ADDRESS, Language.ID)));
    }

    @Test
    void aPosterWithoutAFullAddressOrAServiceIsRefused() {
        assertThatThrownBy(() -> content("/skm/K7P2QX", Language.ID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("full http(s) address");
        assertThatThrownBy(() -> new Content("Biro Umum", "SKM 2024", " ", ADDRESS, "Juli 2024", Language.ID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serviceName");
    }

    private record Poster(int pages, boolean a4Portrait, String text, String qr) {}

    /** The PDF's page count, size and text, and the QR code read from its first page rendered at 150 dpi. */
    private static Poster read(byte[] pdf, String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            boolean a4 = Math.abs(box.getWidth() - PDRectangle.A4.getWidth()) < 1
                    && Math.abs(box.getHeight() - PDRectangle.A4.getHeight()) < 1;
            // a heading or a name may wrap; what is read is the words in order, one space between them
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            Path pictures = Path.of("target", "posters");
            Files.createDirectories(pictures);
            ImageIO.write(page, "png", pictures.resolve(name + ".png").toFile());
            Files.write(pictures.resolve(name + ".pdf"), pdf);
            return new Poster(document.getNumberOfPages(), a4, text, decode(page));
        }
    }

    private static String decode(BufferedImage page) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        try {
            return new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))), hints)
                    .getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no readable QR code on the rendered poster", e);
        }
    }
}
