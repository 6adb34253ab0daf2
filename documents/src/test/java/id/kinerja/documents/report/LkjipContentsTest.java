package id.kinerja.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.documents.render.PdfDocuments;
import id.kinerja.domain.evaluation.AttainmentCap;
import id.kinerja.domain.evaluation.AttainmentScore;
import id.kinerja.domain.evaluation.RatingScale;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.evaluation.YearClosure;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.UnitType;
import id.kinerja.domain.report.Narrative;
import id.kinerja.domain.report.NarrativeEntry;
import id.kinerja.domain.report.NarrativeSection;
import id.kinerja.domain.shared.Year;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The LKjIP's table of contents read back from the PDF: each chapter and section line gives the page its
 * heading is really on, and every page after the cover carries "Halaman n dari m". Long narrative pushes the
 * chapters onto different pages, so a contents that merely counted parts would be caught. The pages are kept
 * as pictures in {@code target/documents} for a look.
 */
class LkjipContentsTest {
    /** A contents line: the heading's text, a dotted leader, the page number at the end. */
    private static final Pattern LINE = Pattern.compile("^(.*?)[\\s.]*(\\d+)\\s*$");

    @Test
    void theContentsGiveThePageEachChapterAndSectionStartsOn() throws IOException {
        byte[] pdf =
                PdfDocuments.render(LkjipDocument.of(evaluation(), Optional.empty(), narrative(), Optional.empty()));

        List<String> pages = pages(pdf, "lkjip-contents");
        Map<String, Integer> contents = contents(pages.get(1));

        assertThat(pages.get(1)).contains("DAFTAR ISI");
        assertThat(contents.keySet())
                .contains(
                        "IKHTISAR EKSEKUTIF",
                        "BAB I PENDAHULUAN",
                        "C. Isu Strategis",
                        "BAB II PERENCANAAN KINERJA",
                        "BAB III AKUNTABILITAS KINERJA",
                        "B. Realisasi Anggaran",
                        "BAB IV PENUTUP",
                        "LAMPIRAN",
                        "Lampiran 3. Hasil Survei Kepuasan Masyarakat di balik angka IKM");
        contents.forEach((heading, page) -> assertThat(headingPage(pages, heading))
                .as("page of \"%s\" as the contents give it", heading)
                .isEqualTo(page));
        // the long executive summary fills pages: the chapters after it do not all start on the next one
        assertThat(contents.get("BAB I PENDAHULUAN")).isGreaterThan(contents.get("IKHTISAR EKSEKUTIF") + 1);
        assertThat(new ArrayList<>(contents.values())).isSorted();
    }

    @Test
    void everyPageAfterTheCoverCarriesItsNumber() throws IOException {
        byte[] pdf =
                PdfDocuments.render(LkjipDocument.of(evaluation(), Optional.empty(), narrative(), Optional.empty()));

        List<String> pages = pages(pdf, "lkjip-numbers");

        assertThat(pages.get(0)).contains("LAPORAN KINERJA").doesNotContain("Halaman");
        for (int page = 2; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).as("page %d", page).contains("Halaman " + page + " dari " + pages.size());
        }
    }

    /** The contents page's lines, heading text to page number. */
    private static Map<String, Integer> contents(String page) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String line : page.split("\\R")) {
            Matcher matcher = LINE.matcher(line.strip());
            if (matcher.matches() && !line.startsWith("Halaman")) {
                lines.put(matcher.group(1).strip(), Integer.parseInt(matcher.group(2)));
            }
        }
        return lines;
    }

    /** The first page after the contents with a line that is the heading itself. */
    private static int headingPage(List<String> pages, String heading) {
        for (int page = 3; page <= pages.size(); page++) {
            for (String line : pages.get(page - 1).split("\\R")) {
                if (line.strip().equals(heading)) {
                    return page;
                }
            }
        }
        return -1;
    }

    /** The text of each page, and each page as a picture at 60 dpi. */
    private static List<String> pages(byte[] pdf, String name) throws IOException {
        Path folder = Path.of("target", "documents");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".pdf"), pdf);
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
                BufferedImage image = renderer.renderImageWithDPI(page - 1, 60);
                ImageIO.write(
                        image, "png", folder.resolve(name + "-" + page + ".png").toFile());
            }
        }
        return pages;
    }

    private static UnitEvaluation evaluation() {
        OrganizationUnit unit = OrganizationUnit.restore(
                OrganizationUnitId.newId(),
                null,
                new UnitProfile(
                        "Biro Umum Sekretariat Daerah Provinsi Contoh",
                        "Biro Umum",
                        UnitType.BIRO,
                        List.of("Menyiapkan perumusan kebijakan, koordinasi dan pelayanan administrasi umum."),
                        List.of("penyusunan program dan anggaran;", "pelayanan ketatausahaan;")),
                0);
        Year year = Year.of(2024);
        RatingScale scale = RatingScale.PERMENDAGRI_86_2017;
        return new UnitEvaluation(
                unit,
                year,
                Optional.empty(),
                scale,
                List.of(),
                AttainmentScore.of(List.of(), AttainmentCap.NONE, scale),
                YearClosure.open(unit.id(), year));
    }

    /** An executive summary of several pages and a strategic-issues section of one. */
    private static Narrative narrative() {
        String paragraph = "Capaian kinerja tahun ini disusun dari data yang diverifikasi, dengan uraian penyebab,"
                + " kendala dan langkah perbaikan yang akan ditempuh pada tahun berikutnya oleh seluruh bagian. ";
        return new Narrative(List.of(
                entry(NarrativeSection.EXECUTIVE_SUMMARY, (paragraph.repeat(6) + "\n\n").repeat(14)),
                entry(NarrativeSection.STRATEGIC_ISSUES, (paragraph.repeat(4) + "\n\n").repeat(6))));
    }

    private static NarrativeEntry entry(NarrativeSection section, String text) {
        return new NarrativeEntry(null, Year.of(2024), section, Optional.empty(), text, "perencana", Instant.EPOCH, 1);
    }
}
