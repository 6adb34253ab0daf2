package id.kinerja.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * Two parties sign a Perjanjian Kinerja side by side. The first party's position is long and wraps over several
 * lines; the names must still stand level, as on paper, not one of them pushed down by its own position.
 */
class SignaturesTest {
    private static final Document TWO_PARTIES = new Document(
            "Perjanjian Kinerja",
            List.of(Document.Part.portrait(List.of(new Block.Signatures(List.of(
                    new Block.Signer("\nPihak Kedua,", "SEKRETARIS DAERAH,", "HARISSON", "196603051992031009"),
                    new Block.Signer(
                            "Pontianak, 2 Januari 2024\nPihak Pertama,",
                            "KEPALA BIRO UMUM SEKRETARIAT DAERAH PROVINSI KALIMANTAN BARAT SELAKU PENGGUNA ANGGARAN,",
                            "SITI RAHMAH",
                            "197001011995032001")))))));

    @Test
    void inThePdfBothNamesAndBothNipsStandOnOneLine() throws IOException {
        Map<String, Float> heights = wordHeights(PdfDocuments.render(TWO_PARTIES));

        assertThat(heights).containsKeys("HARISSON", "SITI RAHMAH", "Pontianak, 2 Januari 2024", "Pihak Pertama,");
        assertThat(heights.get("HARISSON")).isEqualTo(heights.get("SITI RAHMAH"));
        assertThat(heights.get("NIP. 196603051992031009")).isEqualTo(heights.get("NIP. 197001011995032001"));
        // the date stands above the first party only, on the line the second party leaves empty
        assertThat(heights.get("Pontianak, 2 Januari 2024")).isLessThan(heights.get("Pihak Pertama,"));
        assertThat(heights.get("Pihak Kedua,")).isEqualTo(heights.get("Pihak Pertama,"));
    }

    @Test
    void inTheDocxEachPartHasItsOwnRowSoWordKeepsTheNamesLevel() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DocxDocuments.render(TWO_PARTIES)))) {
            XWPFTable signatures = docx.getTables().get(0);
            assertThat(signatures.getRows()).hasSize(5);
            assertThat(signatures.getRow(3).getCell(0).getText()).isEqualTo("HARISSON");
            assertThat(signatures.getRow(3).getCell(1).getText()).isEqualTo("SITI RAHMAH");
            assertThat(signatures.getRow(4).getCell(1).getText()).isEqualTo("NIP. 197001011995032001");
        }
    }

    /** Each run of text on the first page (a cell's line) with the height of its baseline from the page's top. */
    private static Map<String, Float> wordHeights(byte[] pdf) throws IOException {
        Map<String, Float> heights = new HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String run, List<TextPosition> positions) {
                    if (!positions.isEmpty()) {
                        heights.putIfAbsent(run.strip(), positions.get(0).getYDirAdj());
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
        }
        return heights;
    }
}
