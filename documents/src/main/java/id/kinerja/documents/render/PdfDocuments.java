package id.kinerja.documents.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * PDF on A4 through openhtmltopdf on PDFBox: the document is written as XHTML with print CSS (page numbers
 * in the footer, landscape parts on named pages, table headers repeated), laid out with the DejaVu Sans
 * Condensed fonts shipped in this module, embedded as subsets. Nothing is fetched at render time. The
 * output is deterministic — a fixed creation date and document id, no producer timestamp — so the same
 * document renders to the same bytes, which is what lets an issued report be checked byte for byte.
 */
public final class PdfDocuments {
    /** The family name the embedded fonts answer to in a style sheet. */
    public static final String FONT_FAMILY = "DejaVu Sans Condensed";

    private static final byte[] REGULAR = font("DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = font("DejaVuSansCondensed-Bold.ttf");

    /** 1 January 2000 UTC: a date in the past that says "not a real timestamp". */
    private static final Calendar FIXED_DATE = fixedDate();

    private PdfDocuments() {}

    public static byte[] render(Document document) {
        return render(document.title(), XhtmlDocuments.write(document, FONT_FAMILY));
    }

    /**
     * A page laid out by its own XHTML and print CSS (a poster rather than a report), with the same embedded
     * fonts and the same deterministic output; images come inline as {@code data:} addresses.
     */
    public static byte[] render(String title, String xhtml) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withProducer("Kinerja")
                .useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .withHtmlContent(xhtml, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            PDDocumentInformation information = new PDDocumentInformation();
            information.setTitle(title);
            information.setProducer("Kinerja");
            information.setCreationDate(FIXED_DATE);
            pdf.setDocumentInformation(information);
            pdf.setDocumentId((long) title.hashCode());
            pdf.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream("/id/kinerja/documents/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Calendar fixedDate() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(2000, Calendar.JANUARY, 1);
        return calendar;
    }
}
