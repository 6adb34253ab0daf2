package id.kinerja.documents.poster;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import id.kinerja.documents.render.PdfDocuments;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The A4 poster hung at a service counter: an invitation to give one's opinion of the service, the QR code of
 * the questionnaire's address (drawn here with ZXing, no outside service) and the address in full for those
 * who type it, with the unit, the service and the open period. Laid out with the same PDF stack and embedded
 * fonts as the reports (ADR 0019), and deterministic: the same poster renders to the same bytes.
 */
public final class QuestionnairePoster {
    /** Pixels per QR module in the embedded image: sharp when printed and when read back from a rendering. */
    private static final int PIXELS_PER_MODULE = 10;

    /** The quiet zone around the code, in modules, that the QR standard asks for. */
    private static final int QUIET_ZONE = 4;

    private QuestionnairePoster() {}

    /** The language the poster speaks: Indonesian by default, English on request, like the questionnaire. */
    public enum Language {
        ID,
        EN
    }

    /**
     * What the poster says. {@code address} is the questionnaire's full address (the QR code's content);
     * {@code openPeriod} is printed as given ("1–31 Juli 2024").
     */
    public record Content(
            String unitName,
            String surveyTitle,
            String serviceName,
            String address,
            String openPeriod,
            Language language) {
        public Content {
            require(unitName, "unitName");
            require(surveyTitle, "surveyTitle");
            require(serviceName, "serviceName");
            require(address, "address");
            require(openPeriod, "openPeriod");
            if (language == null) {
                throw new IllegalArgumentException("a poster needs its language");
            }
            if (!address.startsWith("https://") && !address.startsWith("http://")) {
                throw new IllegalArgumentException("a poster's address must be a full http(s) address: " + address);
            }
        }

        private static void require(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("a poster needs its " + name);
            }
        }
    }

    /** The poster as a one-page A4 PDF. */
    public static byte[] pdf(Content content) {
        Words words = content.language() == Language.EN ? Words.ENGLISH : Words.INDONESIAN;
        return PdfDocuments.render(words.title + " — " + content.serviceName(), xhtml(content, words));
    }

    /** The QR code of a text as a PNG, one module drawn as a square of {@value #PIXELS_PER_MODULE} pixels. */
    static byte[] qrPng(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        // M recovers from about 15 % damage: a poster that is scuffed, creased or taped over at a corner
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
        BitMatrix modules;
        try {
            // size 0 asks for the smallest matrix: one bit per module, scaled below without blurring
            modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("the address does not fit in a QR code: " + text, e);
        }
        int size = modules.getWidth() * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static String xhtml(Content content, Words words) {
        String qr = Base64.getEncoder().encodeToString(qrPng(content.address()));
        String font = PdfDocuments.FONT_FAMILY;
        return "<!DOCTYPE html><html lang=\"" + words.languageTag + "\"><head><meta charset=\"UTF-8\"/><title>"
                + escape(words.title) + "</title><style>"
                + "@page { size: A4 portrait; margin: 1.6cm 1.8cm 1.6cm 1.8cm; }"
                + "body { margin: 0; font-family: '" + font + "'; color: #111; text-align: center; }"
                + ".unit { font-size: 15pt; font-weight: bold; letter-spacing: 0.5pt; margin: 0; }"
                + ".survey { font-size: 11pt; color: #444; margin: 3pt 0 0 0; }"
                + ".rule { border-top: 2.5pt solid #1d4e89; margin: 10pt 0 12pt 0; }"
                + "h1 { font-size: 34pt; line-height: 1.1; color: #1d4e89; margin: 0 0 8pt 0; }"
                + ".invite { font-size: 16pt; line-height: 1.3; margin: 0 0 10pt 0; }"
                + ".service { font-size: 20pt; font-weight: bold; border: 1.5pt solid #1d4e89; padding: 5pt 10pt;"
                + " margin: 0 1cm 10pt 1cm; word-wrap: break-word; }"
                + ".qr { width: 8.5cm; height: 8.5cm; margin: 0 auto; display: block; }"
                + ".scan { font-size: 15pt; font-weight: bold; margin: 8pt 0 4pt 0; }"
                + ".or { font-size: 11pt; color: #444; margin: 0 0 3pt 0; }"
                + ".address { font-size: 14pt; font-weight: bold; margin: 0 0.5cm 14pt 0.5cm;"
                + " word-wrap: break-word; }"
                + ".period { font-size: 12pt; margin: 0 0 4pt 0; }"
                + ".note { font-size: 10pt; color: #444; margin: 0; }"
                + "</style></head><body>"
                + "<p class=\"unit\">" + escape(content.unitName()) + "</p>"
                + "<p class=\"survey\">" + escape(content.surveyTitle()) + "</p>"
                + "<div class=\"rule\"></div>"
                + "<h1>" + escape(words.title) + "</h1>"
                + "<p class=\"invite\">" + escape(words.invite) + "</p>"
                + "<div class=\"service\">" + escape(content.serviceName()) + "</div>"
                + "<img class=\"qr\" alt=\"" + escape(words.qrAlt) + "\" src=\"data:image/png;base64," + qr + "\"/>"
                + "<p class=\"scan\">" + escape(words.scan) + "</p>"
                + "<p class=\"or\">" + escape(words.orType) + "</p>"
                + "<p class=\"address\">" + escape(content.address()) + "</p>"
                + "<p class=\"period\">" + escape(words.open) + " " + escape(content.openPeriod()) + "</p>"
                + "<p class=\"note\">" + escape(words.note) + "</p>"
                + "</body></html>";
    }

    /** Text as XML character data. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The poster's own words in its two languages. */
    private enum Words {
        INDONESIAN(
                "id",
                "Bagaimana pelayanan kami?",
                "Sampaikan pendapat Anda tentang layanan",
                "Kode QR survei kepuasan masyarakat",
                "Pindai kode QR ini dengan kamera ponsel Anda",
                "atau ketik alamat ini di peramban:",
                "Survei Kepuasan Masyarakat dibuka",
                "Tanpa mendaftar, sembilan pertanyaan singkat. Jawaban Anda membantu kami memperbaiki layanan."
                        + " Terima kasih!"),
        ENGLISH(
                "en",
                "How was our service?",
                "Give us your opinion of the service",
                "QR code of the satisfaction survey",
                "Scan this QR code with your phone's camera",
                "or type this address in a browser:",
                "The satisfaction survey (SKM) is open",
                "No sign-in, nine short questions. Your answers help us improve the service. Thank you!");

        private final String languageTag;
        private final String title;
        private final String invite;
        private final String qrAlt;
        private final String scan;
        private final String orType;
        private final String open;
        private final String note;

        Words(
                String languageTag,
                String title,
                String invite,
                String qrAlt,
                String scan,
                String orType,
                String open,
                String note) {
            this.languageTag = languageTag;
            this.title = title;
            this.invite = invite;
            this.qrAlt = qrAlt;
            this.scan = scan;
            this.orType = orType;
            this.open = open;
            this.note = note;
        }
    }
}
