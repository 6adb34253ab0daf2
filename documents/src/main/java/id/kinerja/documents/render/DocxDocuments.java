package id.kinerja.documents.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * DOCX an office can still edit (Apache POI XWPF): headings as bold paragraphs, tables with a repeated
 * header row, one section per part so an annex turns to landscape, and the page number in every footer.
 */
public final class DocxDocuments {
    private static final String FONT = "Arial";
    private static final BigInteger A4_SHORT = BigInteger.valueOf(11_906);
    private static final BigInteger A4_LONG = BigInteger.valueOf(16_838);
    private static final BigInteger MARGIN = BigInteger.valueOf(1_134);

    private DocxDocuments() {}

    public static byte[] render(Document document) {
        try (XWPFDocument docx = new XWPFDocument()) {
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().setCreated(Optional.of(new Date(946_684_800_000L)));
            docx.getProperties().getCoreProperties().setCreator("Kinerja");
            XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph pageNumber = footer.createParagraph();
            pageNumber.setAlignment(ParagraphAlignment.CENTER);
            run(pageNumber, "Halaman ", false, 8);
            pageNumber.getCTP().addNewFldSimple().setInstr("PAGE");
            String footerId = docx.getRelationId(footer);
            List<Document.Part> parts = document.parts();
            List<Block> blocks =
                    parts.stream().flatMap(part -> part.blocks().stream()).toList();
            int position = 0;
            for (int i = 0; i < parts.size(); i++) {
                Document.Part part = parts.get(i);
                for (Block block : part.blocks()) {
                    position++;
                    if (block instanceof Block.Contents contents) {
                        contents(docx, contents, blocks.subList(position, blocks.size()));
                    } else {
                        block(docx, block);
                    }
                }
                CTSectPr section;
                if (i < parts.size() - 1) {
                    section = docx.createParagraph().getCTP().addNewPPr().addNewSectPr();
                } else {
                    CTSectPr body = docx.getDocument().getBody().getSectPr();
                    section = body != null ? body : docx.getDocument().getBody().addNewSectPr();
                }
                // a cover has no footer: Word gives a section without a footer reference none when it comes first
                layout(section, part.orientation(), part.numbered() ? footerId : null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void layout(CTSectPr section, Document.Orientation orientation, String footerId) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        boolean landscape = orientation == Document.Orientation.LANDSCAPE;
        size.setW(landscape ? A4_LONG : A4_SHORT);
        size.setH(landscape ? A4_SHORT : A4_LONG);
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(MARGIN);
        margins.setBottom(MARGIN);
        margins.setLeft(MARGIN);
        margins.setRight(MARGIN);
        if (footerId != null && section.sizeOfFooterReferenceArray() == 0) {
            var reference = section.addNewFooterReference();
            reference.setType(STHdrFtr.DEFAULT);
            reference.setId(footerId);
        }
    }

    private static void block(XWPFDocument docx, Block block) {
        if (block instanceof Block.Heading heading) {
            XWPFParagraph paragraph = docx.createParagraph();
            if (heading.level() == 1) {
                paragraph.setAlignment(ParagraphAlignment.CENTER);
            }
            run(paragraph, heading.text(), true, heading.level() == 1 ? 13 : 11);
        } else if (block instanceof Block.Paragraph text) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setAlignment(alignment(text.align()));
            run(paragraph, text.text(), text.bold(), 10);
        } else if (block instanceof Block.Table table) {
            table(docx, table);
        } else if (block instanceof Block.Signatures signatures) {
            signatures(docx, signatures);
        }
    }

    /**
     * The contents as lines, chapters bold and sections indented, without page numbers: the file does not know
     * where Word's layout will break its pages.
     */
    private static void contents(XWPFDocument docx, Block.Contents contents, List<Block> following) {
        run(docx.createParagraph(), contents.title(), true, 11);
        for (Block block : following) {
            if (block instanceof Block.Heading heading && heading.level() <= 2) {
                XWPFParagraph line = docx.createParagraph();
                if (heading.level() == 2) {
                    line.setIndentationLeft(360);
                }
                run(line, heading.text().replace('\n', ' '), heading.level() == 1, 10);
            }
        }
    }

    private static void table(XWPFDocument docx, Block.Table table) {
        List<Block.Column> columns = table.columns();
        int total = columns.stream().mapToInt(Block.Column::width).sum();
        XWPFTable grid = docx.createTable(table.rows().size() + 1, columns.size());
        grid.setWidth("100%");
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(String.format(
                    java.util.Locale.ROOT, "%.1f%%", 100.0 * columns.get(c).width() / total));
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            run(paragraph, columns.get(c).header(), true, 8);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = grid.getRow(r + 1);
            row.setCantSplitRow(true);
            List<Block.Cell> cells = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.format(
                        java.util.Locale.ROOT, "%.1f%%", 100.0 * columns.get(c).width() / total));
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                paragraph.setAlignment(alignment(columns.get(c).align()));
                run(paragraph, cells.get(c).text(), false, 8);
            }
        }
        docx.createParagraph();
    }

    /** One row per part, as in the PDF ({@code XhtmlDocuments}): the names of both parties stand level. */
    private static void signatures(XWPFDocument docx, Block.Signatures signatures) {
        List<Block.Signer> signers = signatures.signers();
        boolean nips = signers.stream().anyMatch(Block.Signer::hasNip);
        XWPFTable grid = docx.createTable(nips ? 5 : 4, signers.size());
        grid.setWidth("100%");
        grid.removeBorders();
        for (int c = 0; c < signers.size(); c++) {
            Block.Signer signer = signers.get(c);
            centered(grid.getRow(0).getCell(c), signer.above(), false);
            centered(grid.getRow(1).getCell(c), signer.position(), true);
            centered(grid.getRow(2).getCell(c), "\n\n\n", false);
            centered(grid.getRow(3).getCell(c), signer.name(), true);
            if (nips) {
                centered(grid.getRow(4).getCell(c), signer.hasNip() ? "NIP. " + signer.nip() : "", false);
            }
        }
    }

    /** Text centred in a cell: in its first, empty paragraph, or in a new one after what it holds. */
    private static void centered(XWPFTableCell cell, String text, boolean bold) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        XWPFParagraph paragraph =
                paragraphs.size() == 1 && paragraphs.get(0).getRuns().isEmpty()
                        ? paragraphs.get(0)
                        : cell.addParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        run(paragraph, text, bold, 10);
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        String[] lines = (text == null ? "" : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static ParagraphAlignment alignment(Block.Align align) {
        return switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        };
    }
}
