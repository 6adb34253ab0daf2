package id.kinerja.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads the documents Kinerja answers back as a person would see them: the text of a PDF (PDFBox), of a
 * DOCX (POI), the cells of an XLSX as an Indonesian spreadsheet shows them; and the PDF's pages as pictures
 * in {@code target/documents} for a look.
 */
final class DocumentFiles {
    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private DocumentFiles() {}

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the page is wider than high. */
    static boolean landscape(byte[] pdf, int pageIndex) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var box = document.getPage(pageIndex).getMediaBox();
            return box.getWidth() > box.getHeight();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell of every sheet as Excel in the Indonesian locale shows it, tab-separated, a row a line. */
    static String xlsxText(byte[] xlsx) {
        DataFormatter formatter = new DataFormatter(INDONESIAN);
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                text.append("# ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    row.forEach(
                            cell -> text.append(formatter.formatCellValue(cell)).append('\t'));
                    text.append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Renders each page at 60 dpi to {@code target/documents/<name>-<page>.png}. */
    static void savePages(byte[] pdf, String name) {
        Path folder = Path.of("target", "documents");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".pdf"), pdf);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 60);
                ImageIO.write(
                        image,
                        "png",
                        folder.resolve(name + "-" + (page + 1) + ".png").toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
